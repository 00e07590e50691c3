package nl.ddjgz.organisation;

import java.util.List;
import java.util.Optional;

/**
 * The registers the organisation may choose (admin → Organisatie → Register) and what each needs of the
 * organisation's settings. Supplied by the register port from its adapters, so this module names no register.
 */
public interface RegisterOptions {

    /** Every register this module can deliver to, in the order the administrator sees them. */
    List<Option> options();

    /** The register with this stored code, if there is one. */
    default Optional<Option> option(String code) {
        return options().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /**
     * One register to choose.
     *
     * @param code its stored code (the organisation's setting)
     * @param needsEhealthId whether its messages need the organisation's eHealth id (their sender)
     * @param needsSoftwareId whether its messages need the organisation's software id
     */
    record Option(String code, boolean needsEhealthId, boolean needsSoftwareId) {}
}
