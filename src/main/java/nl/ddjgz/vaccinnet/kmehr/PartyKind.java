package nl.ddjgz.vaccinnet.kmehr;

/** The kind of a healthcare party (CD-HCPARTY) we use. */
public enum PartyKind {
    ORG_PRACTICE("orgpractice"),
    ORG_PUBLIC_HEALTH("orgpublichealth"),
    PERS_PHYSICIAN("persphysician");

    private final String code;

    PartyKind(String code) {
        this.code = code;
    }

    /** The CD-HCPARTY code. */
    public String code() {
        return code;
    }

    /** The kind for a CD-HCPARTY code. */
    public static PartyKind ofCode(String code) {
        for (PartyKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown CD-HCPARTY code");
    }
}
