package nl.ddjgz.vaccinecodes;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mapping of our vaccine types to the Belgian registers' codes (CNK product, KMEHR indications, SNOMED CT), read
 * by the Vaccinnet and Vaccicard adapters when they build a message or a group file, and edited by the administrator.
 */
@Service
public class VaccineCodes {

    /** The KMEHR CD-VACCINEINDICATION values we offer (the domain file's list plus COVID-19). */
    public static final Set<String> KMEHR_INDICATIONS = Set.of(
            "diphteria",
            "tetanus",
            "pertussis",
            "hib",
            "hepatitisb",
            "poliomyelitis",
            "measles",
            "mumps",
            "rubella",
            "meningitisc",
            "papillomavirus",
            "rotavirus",
            "covid19");

    private final VaccineCodeRepository codes;
    private final AuditTrail audit;
    private final Clock clock;

    VaccineCodes(VaccineCodeRepository codes, AuditTrail audit, Clock clock) {
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The codes of a vaccine type, if it has any. */
    @Transactional(readOnly = true)
    public Optional<VaccineCode> of(String vaccineTypeCode) {
        return codes.findById(vaccineTypeCode);
    }

    /**
     * Every vaccine type's codes by type, read in one query: for a composer that then reads no database (an approval
     * of many registrations composes its messages on every core).
     */
    @Transactional(readOnly = true)
    public Map<String, VaccineCode> byType() {
        return codes.findAll().stream().collect(Collectors.toUnmodifiableMap(VaccineCode::getVaccineTypeCode, c -> c));
    }

    @Transactional(readOnly = true)
    public List<VaccineCode> all() {
        return codes.findAll().stream()
                .sorted(Comparator.comparing(VaccineCode::getVaccineTypeCode))
                .toList();
    }

    /**
     * Sets the codes of a vaccine type (the administrator).
     *
     * @param indications comma-separated KMEHR indications
     * @throws IllegalArgumentException for an indication that is not a KMEHR value (the form checks it first)
     */
    @Transactional
    public void update(
            String vaccineTypeCode,
            String cnk,
            String productName,
            String indications,
            String snomedCode,
            String snomedDisplay,
            boolean lotRequired) {
        List<String> values = indications == null || indications.isBlank()
                ? List.of()
                : Arrays.stream(indications.split(","))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .toList();
        if (!KMEHR_INDICATIONS.containsAll(values)) {
            throw new IllegalArgumentException("unknown KMEHR vaccine indication");
        }
        VaccineCode code = codes.findById(vaccineTypeCode).orElseGet(() -> new VaccineCode(vaccineTypeCode));
        code.update(cnk, productName, values, snomedCode, snomedDisplay, lotRequired, Actor.name(), clock.instant());
        codes.save(code);
        audit.record(AuditAction.SETTINGS_UPDATE, null, "registry codes of vaccine type " + vaccineTypeCode);
    }
}
