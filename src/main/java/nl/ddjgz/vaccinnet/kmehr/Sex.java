package nl.ddjgz.vaccinnet.kmehr;

/** A patient's sex (CD-SEX). */
public enum Sex {
    MALE("male"),
    FEMALE("female"),
    UNDEFINED("undefined"),
    UNKNOWN("unknown");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The CD-SEX code. */
    public String code() {
        return code;
    }

    /** The sex for a CD-SEX code. */
    public static Sex ofCode(String code) {
        for (Sex sex : values()) {
            if (sex.code.equals(code)) {
                return sex;
            }
        }
        throw new IllegalArgumentException("unknown CD-SEX code");
    }
}
