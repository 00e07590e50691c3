package nl.ddjgz.simulator.praeventis;

import java.util.ArrayList;
import java.util.List;

/** The refusals found while reading one message, in order (every one, not only the first). */
final class Checks {

    private final List<Refusal> refusals = new ArrayList<>();

    void refuse(String code, String text) {
        refusals.add(Refusal.of(code, text));
    }

    /** The element or value must be there; refused as "required" when not. */
    boolean require(Object value, String what) {
        if (value == null) {
            refuse(Refusal.REQUIRED, what + " ontbreekt");
            return false;
        }
        return true;
    }

    /** Throws the refusals, if any. */
    void refuseIfAny(Transmission transmission) {
        if (!refusals.isEmpty()) {
            throw new RefusedMessage(transmission, refusals);
        }
    }
}
