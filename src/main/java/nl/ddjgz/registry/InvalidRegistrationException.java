package nl.ddjgz.registry;

import java.util.List;

/**
 * The message for this registration would not pass the schema or the message rules: it never enters the queue. The
 * reasons are technical texts (element and rule), safe to show: they never contain a BSN.
 */
public class InvalidRegistrationException extends RuntimeException {

    private final List<String> reasons;

    public InvalidRegistrationException(List<String> reasons) {
        super("registration message invalid: " + reasons.size() + " reasons");
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
