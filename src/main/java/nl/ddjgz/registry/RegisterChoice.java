package nl.ddjgz.registry;

import nl.ddjgz.organisation.OrganisationSettings;
import org.springframework.stereotype.Component;

/**
 * The register the organisation reports to, as the typed {@link Registry}: the one place that reads the
 * organisation's choice (admin → Organisatie → Register). Cached as the organisation's settings are, so another
 * node's change shows within half a minute.
 */
@Component
public class RegisterChoice {

    private final OrganisationSettings organisation;

    RegisterChoice(OrganisationSettings organisation) {
        this.organisation = organisation;
    }

    /** The organisation's register now. */
    public Registry current() {
        return Registry.valueOf(organisation.registryCode());
    }
}
