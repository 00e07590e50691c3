package nl.ddjgz.registry;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.organisation.RegisterOptions;
import org.springframework.stereotype.Component;

/**
 * The register the organisation reports to: the one place that reads the organisation's choice (admin → Organisatie
 * → Register, stored as the register's code) and asks that register's adapter for its {@link RegisterProfile}.
 * Cached as the organisation's settings are, so another node's change shows within half a minute.
 */
@Component
public class RegisterChoice implements RegisterOptions {

    private final OrganisationSettings organisation;
    private final Map<Registry, RegisterProfile> profiles;

    RegisterChoice(OrganisationSettings organisation, List<RegistryAdapter> adapters) {
        this.organisation = organisation;
        this.profiles = adapters.stream()
                .map(RegistryAdapter::profile)
                .collect(Collectors.toUnmodifiableMap(RegisterProfile::registry, Function.identity()));
    }

    /** The organisation's register now. */
    public Registry current() {
        return Registry.valueOf(organisation.registryCode());
    }

    /** What the organisation's register asks and offers now. */
    public RegisterProfile profile() {
        return of(current()).orElseThrow(() -> new IllegalStateException("no adapter for " + current()));
    }

    /** The profile of a register this module can deliver to, by its stored code (empty for an unknown code). */
    public Optional<RegisterProfile> of(Registry registry) {
        return Optional.ofNullable(profiles.get(registry));
    }

    /** The profile of a register this module delivers to (a message's register). */
    public RegisterProfile profileOf(Registry registry) {
        return of(registry).orElseThrow(() -> new IllegalStateException("no adapter for " + registry));
    }

    /** Every register this module can deliver to, by code, with what it needs of the organisation's settings. */
    @Override
    public List<Option> options() {
        return profiles.values().stream()
                .map(p -> new Option(p.registry().code(), p.needsEhealthId(), p.needsSoftwareId()))
                .sorted(Comparator.comparing(Option::code))
                .toList();
    }
}
