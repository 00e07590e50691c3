package nl.ddjgz.vaccinnet;

import java.time.LocalDate;
import nl.ddjgz.shared.Insz;

/** Valid (fictitious) INSZ numbers for tests: birth date yyMMdd, a 3-digit serial, the check number. */
public final class TestInsz {

    private TestInsz() {}

    /** The INSZ of someone born on {@code birthDate} with serial {@code serial} (1..997). */
    public static String digits(LocalDate birthDate, int serial) {
        String base = String.format(
                "%02d%02d%02d%03d",
                birthDate.getYear() % 100, birthDate.getMonthValue(), birthDate.getDayOfMonth(), serial);
        long modulo = birthDate.getYear() >= 2000 ? 2_000_000_000L + Long.parseLong(base) : Long.parseLong(base);
        return base + String.format("%02d", 97 - (int) (modulo % 97));
    }

    public static Insz of(LocalDate birthDate, int serial) {
        return Insz.of(digits(birthDate, serial));
    }

    /** The same number with its check digits off by one: not a valid INSZ. */
    public static String invalid(LocalDate birthDate, int serial) {
        String valid = digits(birthDate, serial);
        int check = Integer.parseInt(valid.substring(9));
        return valid.substring(0, 9) + String.format("%02d", check == 97 ? 96 : check + 1);
    }
}
