package nl.ddjgz.vaccination;

/** The reason of an objection (W0323, code system 2.16.840.1.113883.2.4.4.40.394). */
public enum ObjectionReason {
    /** Medical objection: recorded only after consulting the RIVM medical adviser. */
    MEDICAL("1"),
    /** Principled objection ("afzien van deelname"). */
    PRINCIPLED("2");

    private final String code;

    ObjectionReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static ObjectionReason ofCode(String code) {
        return code == null ? null : "1".equals(code) ? MEDICAL : PRINCIPLED;
    }
}
