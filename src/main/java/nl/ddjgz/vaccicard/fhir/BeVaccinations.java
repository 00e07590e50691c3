package nl.ddjgz.vaccicard.fhir;

import static nl.ddjgz.vaccicard.fhir.BeVaccinationProfile.*;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Immunization.ImmunizationStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * Builds BeVaccination {@code Immunization} resources from a {@link BeVaccination}, and the entered-in-error
 * correction of one already sent. The builder writes what it is given; {@link BeVaccinationRules} says whether that
 * follows the profile ({@link #toValidImmunization} does both).
 */
public final class BeVaccinations {

    private BeVaccinations() {}

    /** The Immunization for the vaccination, in the shape of the BeVaccination profile. */
    public static Immunization toImmunization(BeVaccination v) {
        Objects.requireNonNull(v, "vaccination");
        Immunization im = new Immunization();
        im.getMeta().addProfile(PROFILE);
        im.addIdentifier().setSystem(v.identifierSystem()).setValue(v.identifierValue());

        im.setStatus(
                v.status() == BeVaccination.Status.NOT_DONE
                        ? ImmunizationStatus.NOTDONE
                        : ImmunizationStatus.COMPLETED);
        if (v.statusReason() != null) {
            im.setStatusReason(new CodeableConcept(new Coding(
                    v.statusReason().system(),
                    v.statusReason().code(),
                    v.statusReason().display())));
        }

        im.setVaccineCode(vaccineCode(v));
        im.setPatient(logicalReference(NS_SSIN, v.patient().value()));

        if (v.occurrence() != null) {
            // a day without time: the precision of the date we know
            im.setOccurrence(new DateTimeType(v.occurrence().toString()));
        }
        if (v.recorded() != null) {
            // to the second, in UTC ("...Z")
            im.setRecordedElement(new DateTimeType(
                    v.recorded().truncatedTo(ChronoUnit.SECONDS).toString()));
        }
        if (v.recorder() != null) {
            // the core extension be-ext-recorder (not one of the vaccination guide)
            im.addExtension(new Extension(EXT_RECORDER, reference(v.recorder())));
        }
        Extension product = administeredProduct(v);
        if (product != null) {
            im.addExtension(product);
        }
        if (v.route() != null) {
            im.setRoute(new CodeableConcept(
                    new Coding(v.route().system(), v.route().code(), v.route().display())));
        }
        if (v.site() != null) {
            im.setSite(new CodeableConcept(
                            new Coding(SNOMED, v.site().snomedCode(), v.site().label()))
                    .setText(v.site().label()));
        }
        if (v.performer() != null) {
            // at most one performer (performer 0..1)
            im.addPerformer().setActor(reference(v.performer()));
        }
        // Immunization.lotNumber and expirationDate are forbidden by the profile: the lot travels in the
        // administeredProduct extension; location and protocolApplied are forbidden too and never written.
        return im;
    }

    /**
     * The Immunization for the vaccination, refused when it breaks a rule.
     *
     * @throws InvalidBeVaccinationException with the violations (never with the INSZ)
     */
    public static Immunization toValidImmunization(BeVaccination v, BeValueSets valueSets) {
        Immunization im = toImmunization(v);
        List<Violation> violations = BeVaccinationRules.check(im, valueSets);
        if (!violations.isEmpty()) {
            throw new InvalidBeVaccinationException(violations);
        }
        return im;
    }

    /**
     * The correction of an Immunization already sent: the same resource (same id and business identifier) with status
     * entered-in-error, to be sent as an update of it. The argument is left untouched.
     */
    public static Immunization enteredInError(Immunization sent) {
        Objects.requireNonNull(sent, "sent");
        Immunization copy = sent.copy();
        copy.setStatus(ImmunizationStatus.ENTEREDINERROR);
        return copy;
    }

    /**
     * The correction of a vaccination sent before, when only the registry's id is kept: the resource rebuilt from the
     * vaccination, with that id and status entered-in-error.
     */
    public static Immunization enteredInError(BeVaccination original, String registryId) {
        Objects.requireNonNull(registryId, "registryId");
        Immunization im = toImmunization(original);
        im.setId(registryId);
        im.setStatus(ImmunizationStatus.ENTEREDINERROR);
        return im;
    }

    private static CodeableConcept vaccineCode(BeVaccination v) {
        CodeableConcept concept = new CodeableConcept();
        if (v.isOtherVaccine()) {
            concept.addCoding().setSystem(CS_VACCINE_CODE).setCode(OTHER_VACCINE_CODE);
        } else {
            // the codes of the value set are taken from the SNOMED CT Belgian edition, as in the official examples
            concept.addCoding(new Coding(SNOMED, v.snomedCode(), v.snomedDisplay()).setVersion(SNOMED_BELGIAN_EDITION));
        }
        if (hasText(v.vaccineText())) {
            concept.setText(v.vaccineText());
        }
        return concept;
    }

    private static Extension administeredProduct(BeVaccination v) {
        if (!hasText(v.cnk()) && !hasText(v.lot())) {
            return null;
        }
        Extension product = new Extension(EXT_ADMINISTERED_PRODUCT);
        if (hasText(v.cnk())) {
            CodeableConcept coded = new CodeableConcept(new Coding(NS_CNK, v.cnk(), v.productName()));
            if (hasText(v.productName())) {
                coded.setText(v.productName());
            }
            product.addExtension(SUB_CODED, coded);
        }
        if (hasText(v.lot())) {
            product.addExtension(SUB_LOT_NUMBER, new StringType(v.lot()));
        }
        return product;
    }

    private static Reference reference(BeActor actor) {
        Reference reference = logicalReference(actor.system(), actor.value()).setType(actor.type());
        if (hasText(actor.display())) {
            reference.setDisplay(actor.display());
        }
        return reference;
    }

    private static Reference logicalReference(String system, String value) {
        return new Reference().setIdentifier(new Identifier().setSystem(system).setValue(value));
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
