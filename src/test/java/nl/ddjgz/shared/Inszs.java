package nl.ddjgz.shared;

import java.util.concurrent.ThreadLocalRandom;

/** Test INSZs: random numbers of children born from 2000 with the right check digits, so tests do not collide. */
public final class Inszs {

    private Inszs() {}

    public static Insz random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String birth =
                String.format("%02d%02d%02d", 10 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String serial = String.format("%03d", 1 + random.nextInt(997));
        long base = Long.parseLong(birth + serial);
        long check = 97 - (2_000_000_000L + base) % 97;
        return Insz.of(birth + serial + String.format("%02d", check));
    }

    /** The same number as {@code insz} with the check digits off by one. */
    public static String withWrongCheckDigits(Insz insz) {
        String value = insz.value();
        int check = Integer.parseInt(value.substring(9));
        return value.substring(0, 9) + String.format("%02d", check == 97 ? 96 : check + 1);
    }
}
