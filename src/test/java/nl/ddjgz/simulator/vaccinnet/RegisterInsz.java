package nl.ddjgz.simulator.vaccinnet;

/**
 * How the Belgian registers check a national number (INSZ / SSIN) on their side, independent of the sender's {@code
 * shared.Insz}: eleven digits, the last two 97 minus (the first nine mod 97), for people born from 2000 with "2" put
 * before the nine. Used by both Belgian simulators.
 */
public final class RegisterInsz {

    private RegisterInsz() {}

    public static boolean valid(String digits) {
        if (digits == null || !digits.matches("[0-9]{11}")) {
            return false;
        }
        long nine = Long.parseLong(digits.substring(0, 9));
        long check = Long.parseLong(digits.substring(9));
        return check == 97 - nine % 97 || check == 97 - (2_000_000_000L + nine) % 97;
    }
}
