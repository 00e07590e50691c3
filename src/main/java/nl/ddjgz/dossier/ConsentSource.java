package nl.ddjgz.dossier;

import java.util.Arrays;
import java.util.Optional;

/** Who gave or refused consent (W0691). */
public enum ConsentSource {
    CHILD("01"),
    PARENT_WITH_AUTHORITY("03"),
    BOTH_PARENTS_WITH_AUTHORITY("04"),
    LEGAL_REPRESENTATIVE("05");

    private final String code;

    ConsentSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<ConsentSource> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
