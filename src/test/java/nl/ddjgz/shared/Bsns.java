package nl.ddjgz.shared;

import java.util.concurrent.ThreadLocalRandom;

/** Test BSNs: random numbers that pass the elfproef, so tests on the shared database do not collide. */
public final class Bsns {

    private Bsns() {}

    public static Bsn random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String candidate = String.format("%09d", 100_000_000 + random.nextInt(900_000_000));
            if (Bsn.isValid(candidate)) {
                return Bsn.of(candidate);
            }
        }
    }

    /** A nine-digit number that fails the elfproef. */
    public static String invalid() {
        return "123456789";
    }
}
