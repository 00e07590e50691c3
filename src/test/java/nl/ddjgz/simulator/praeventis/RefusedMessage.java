package nl.ddjgz.simulator.praeventis;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The simulated register refuses what it received; answered with a commit reject (CR) that lists the refusals. The
 * message never holds a BSN.
 */
public final class RefusedMessage extends RuntimeException {

    private final transient Transmission transmission;
    private final List<Refusal> refusals;

    RefusedMessage(Transmission transmission, List<Refusal> refusals) {
        super("refused: " + refusals.stream().map(Refusal::code).collect(Collectors.joining(", ")));
        this.transmission = transmission;
        this.refusals = List.copyOf(refusals);
    }

    /** What could be read of the wrapper (to address the answer), or null when not even that. */
    public Transmission transmission() {
        return transmission;
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    /** Whether one of the refusals has this code. */
    public boolean refuses(String code) {
        return refusals.stream().anyMatch(r -> r.code().equals(code));
    }
}
