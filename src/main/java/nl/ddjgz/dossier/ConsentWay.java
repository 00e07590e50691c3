package nl.ddjgz.dossier;

import java.util.Arrays;
import java.util.Optional;

/** How consent was given or refused (W0678). */
public enum ConsentWay {
    WRITTEN("01"),
    ORAL("02"),
    PORTAL("03");

    private final String code;

    ConsentWay(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<ConsentWay> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
