package nl.ddjgz.vaccicard;

import static nl.ddjgz.vaccicard.fhir.BeVaccinationProfile.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.vaccicard.fhir.Violation;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;

/**
 * Our own rules for what we send Vaccicard, on top of the profile ({@link nl.ddjgz.vaccicard.fhir.BeVaccinationRules}):
 * what the profile allows but we do not do, because the register's record of a child vaccination service needs it or
 * because our delivery depends on it. A resource can follow the profile and still be refused here, with another
 * message ("refused by our policy", not "not valid FHIR for the register"). Vaccicard documents no business rules of
 * its own publicly; when its technical documentation (given at integration) names some, they belong here.
 */
final class VaccicardPolicy {

    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    /** meta.profile names BeVaccination (the register validates by the claimed profile). */
    static final String PROFILE_CLAIMED = "policy.profile.claimed";
    /** Exactly one identifier, of our own system: the conditional create and the retraction find it by it. */
    static final String OUR_IDENTIFIER = "policy.identifier.ours";
    /** The child is identified by a valid INSZ (SSIN), the only identity we hold and the register's key. */
    static final String PATIENT_INSZ = "policy.patient.insz";
    /** We know the day: occurrenceDateTime, not a text, and not after today in Brussels. */
    static final String OCCURRENCE_DAY = "policy.occurrence.day";

    static final String OCCURRENCE_FUTURE = "policy.occurrence.future";
    /** Who recorded it is one of our professionals by NIHII, or our organisation. */
    static final String RECORDER_KNOWN = "policy.recorder.known";

    private final String identifierSystem;
    private final Clock clock;

    VaccicardPolicy(String identifierSystem, Clock clock) {
        this.identifierSystem = identifierSystem;
        this.clock = clock;
    }

    /** What our policy refuses in the resource; empty when we may send it. */
    List<Violation> check(Immunization im) {
        List<Violation> out = new ArrayList<>();
        if (im.getMeta().getProfile().stream().noneMatch(p -> PROFILE.equals(p.getValue()))) {
            out.add(new Violation(PROFILE_CLAIMED, "Immunization.meta.profile", "we claim the profile " + PROFILE));
        }
        List<Identifier> ids = im.getIdentifier();
        if (ids.size() != 1
                || !identifierSystem.equals(ids.get(0).getSystem())
                || !ids.get(0).hasValue()) {
            out.add(new Violation(
                    OUR_IDENTIFIER,
                    "Immunization.identifier",
                    "exactly one identifier of our system " + identifierSystem + " (conditional create)"));
        }
        Identifier patient = im.getPatient().getIdentifier();
        if (!NS_SSIN.equals(patient.getSystem()) || !Insz.isValid(patient.getValue())) {
            out.add(new Violation(
                    PATIENT_INSZ, "Immunization.patient.identifier", "the child is identified by a valid INSZ"));
        }
        if (!(im.getOccurrence() instanceof DateTimeType when) || when.getValue() == null) {
            out.add(new Violation(OCCURRENCE_DAY, "Immunization.occurrence", "we send the day (occurrenceDateTime)"));
        } else {
            LocalDate day = LocalDate.of(when.getYear(), when.getMonth() + 1, when.getDay());
            if (day.isAfter(LocalDate.now(clock.withZone(BELGIUM)))) {
                out.add(new Violation(
                        OCCURRENCE_FUTURE, "Immunization.occurrence", "the vaccination date lies in the future"));
            }
        }
        var recorder = im.getExtensionByUrl(EXT_RECORDER);
        boolean known = recorder != null
                && recorder.getValue() instanceof org.hl7.fhir.r4.model.Reference ref
                && (NS_NIHDI.equals(ref.getIdentifier().getSystem())
                        || NS_NIHDI_ORGANIZATION.equals(ref.getIdentifier().getSystem()))
                && ref.getIdentifier().hasValue();
        if (!known) {
            out.add(new Violation(
                    RECORDER_KNOWN,
                    "Immunization.extension('" + EXT_RECORDER + "')",
                    "the recorder is one of our professionals (NIHII) or our organisation"));
        }
        return List.copyOf(out);
    }
}
