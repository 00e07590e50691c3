package nl.ddjgz.vaccinnet.kmehr;

/** The kind of a healthcare party (CD-HCPARTY) we use. */
public enum PartyKind {
    ORG_PRACTICE("orgpractice"),
    ORG_PUBLIC_HEALTH("orgpublichealth"),
    PERS_PHYSICIAN("persphysician"),
    PERS_NURSE("persnurse");

    private final String code;

    PartyKind(String code) {
        this.code = code;
    }

    /** Whether the party is a person who may author a vaccination (a physician or a nurse). */
    public boolean isVaccinator() {
        return this == PERS_PHYSICIAN || this == PERS_NURSE;
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
