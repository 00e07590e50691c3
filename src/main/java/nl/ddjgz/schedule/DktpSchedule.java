package nl.ddjgz.schedule;

import java.util.Arrays;
import java.util.Optional;

/** The DKTP infant schedule chosen by the youth doctor (W0681, code system 2.16.840.1.113883.2.4.4.40.426). */
public enum DktpSchedule {
    /** "2+1 schema": 3-5-12 months, the standard after maternal pertussis vaccination. */
    STANDARD("01"),
    /** "3+1 schema": 2-3-5-12 months, the adapted schedule. */
    ADAPTED("02");

    public static final String CODE_SYSTEM = "2.16.840.1.113883.2.4.4.40.426";

    private final String code;

    DktpSchedule(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DktpSchedule> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
