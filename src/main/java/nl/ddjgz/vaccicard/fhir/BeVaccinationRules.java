package nl.ddjgz.vaccicard.fhir;

import static nl.ddjgz.vaccicard.fhir.BeVaccinationProfile.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.ddjgz.shared.Insz;
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
 * The rules of the BeVaccination profile as we read them, checked on an {@code Immunization} (ours before sending, or
 * one received by the simulator). Each broken rule gives a {@link Violation} with a stable code (the constants below)
 * and a FHIRPath; messages never contain the INSZ.
 */
public final class BeVaccinationRules {

    /** Dates are Belgian days: "in the future" means after today in Brussels. */
    public static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    public static final String PROFILE_MISSING = "fhir.profile.missing";
    public static final String IDENTIFIER_REQUIRED = "fhir.identifier.required";
    public static final String STATUS_REQUIRED = "fhir.status.required";
    public static final String STATUS_REASON_REQUIRED = "fhir.statusReason.required";
    public static final String VACCINE_CODE_REQUIRED = "fhir.vaccineCode.required";
    public static final String VACCINE_CODE_SYSTEM = "fhir.vaccineCode.system";
    public static final String VACCINE_CODE_UNKNOWN = "fhir.vaccineCode.unknown";
    public static final String VACCINE_CODE_OTHER_NEEDS_TEXT = "fhir.vaccineCode.otherNeedsText";
    public static final String PATIENT_SSIN = "fhir.patient.ssin";
    public static final String PATIENT_INSZ = "fhir.patient.insz";
    public static final String PATIENT_LOGICAL = "fhir.patient.logicalReference";
    public static final String OCCURRENCE_REQUIRED = "fhir.occurrence.required";
    public static final String OCCURRENCE_FUTURE = "fhir.occurrence.future";
    public static final String RECORDED_REQUIRED = "fhir.recorded.required";
    public static final String RECORDER_REQUIRED = "fhir.recorder.required";
    public static final String RECORDER_NIHII = "fhir.recorder.nihii";
    public static final String PERFORMER_NIHII = "fhir.performer.nihii";
    public static final String LOT_NUMBER_FORBIDDEN = "fhir.lotNumber.forbidden";
    public static final String PRODUCT_CNK = "fhir.product.cnk";
    public static final String PRODUCT_LOT_NUMBER = "fhir.product.lotNumber";
    public static final String ROUTE_UNKNOWN = "fhir.route.unknown";
    public static final String SITE_SNOMED = "fhir.site.snomed";

    private static final Pattern NIHII = Pattern.compile("\\d{11}");
    private static final Pattern CNK = Pattern.compile("\\d{7}");
    private static final Pattern SCTID = Pattern.compile("\\d{6,18}");

    private static final String RECORDER_PATH = "Immunization.extension.where(url='" + EXT_RECORDER + "')";
    private static final String PRODUCT_PATH = "Immunization.extension.where(url='" + EXT_ADMINISTERED_PRODUCT + "')";

    private BeVaccinationRules() {}

    /** The violations of the resource, judged against today's date. */
    public static List<Violation> check(Immunization im) {
        return check(im, Clock.system(BELGIUM));
    }

    /** The violations of the resource; empty when it follows every rule. */
    public static List<Violation> check(Immunization im, Clock clock) {
        Objects.requireNonNull(im, "immunization");
        List<Violation> out = new ArrayList<>();
        profile(im, out);
        identifier(im, out);
        status(im, out);
        vaccineCode(im, out);
        patient(im, out);
        occurrence(im, LocalDate.now(clock.withZone(BELGIUM)), out);
        if (!im.hasRecorded()) {
            out.add(new Violation(
                    RECORDED_REQUIRED, "Immunization.recorded", "recorded (when it was recorded) is required"));
        }
        recorder(im, out);
        performers(im, out);
        if (im.hasLotNumber()) {
            out.add(new Violation(
                    LOT_NUMBER_FORBIDDEN,
                    "Immunization.lotNumber",
                    "Immunization.lotNumber is forbidden; the lot goes in the administeredProduct extension"));
        }
        administeredProduct(im, out);
        route(im, out);
        site(im, out);
        return List.copyOf(out);
    }

    private static void profile(Immunization im, List<Violation> out) {
        boolean claimed = im.getMeta().getProfile().stream().anyMatch(p -> PROFILE.equals(p.getValue()));
        if (!claimed) {
            out.add(new Violation(PROFILE_MISSING, "Immunization.meta.profile", "meta.profile must name " + PROFILE));
        }
    }

    private static void identifier(Immunization im, List<Violation> out) {
        boolean present = im.getIdentifier().stream().anyMatch(i -> i.hasSystem() && i.hasValue());
        if (!present) {
            out.add(new Violation(
                    IDENTIFIER_REQUIRED,
                    "Immunization.identifier",
                    "a business identifier with system and value is required (conditional create)"));
        }
    }

    private static void status(Immunization im, List<Violation> out) {
        if (!im.hasStatus() || im.getStatus() == ImmunizationStatus.NULL) {
            out.add(new Violation(STATUS_REQUIRED, "Immunization.status", "status is required"));
            return;
        }
        if (im.getStatus() == ImmunizationStatus.NOTDONE && !hasCode(im.getStatusReason())) {
            out.add(new Violation(
                    STATUS_REASON_REQUIRED,
                    "Immunization.statusReason",
                    "a vaccination not done needs a statusReason (e.g. PATOBJ, MEDPREC)"));
        }
    }

    private static void vaccineCode(Immunization im, List<Violation> out) {
        CodeableConcept vc = im.getVaccineCode();
        if (!hasCode(vc)) {
            out.add(new Violation(VACCINE_CODE_REQUIRED, "Immunization.vaccineCode", "vaccineCode is required"));
            return;
        }
        Coding snomed = coding(vc, SNOMED);
        Coding belgian = coding(vc, CS_VACCINE_CODE);
        if (snomed != null) {
            if (BeVaccineCode.bySnomedCode(snomed.getCode()).isEmpty()) {
                out.add(new Violation(
                        VACCINE_CODE_UNKNOWN,
                        "Immunization.vaccineCode.coding.where(system='" + SNOMED + "').code",
                        "SNOMED CT code " + snomed.getCode() + " is not in the Belgian vaccine value set"));
            }
        } else if (belgian != null && OTHER_VACCINE_CODE.equals(belgian.getCode())) {
            if (!vc.hasText() || vc.getText().isBlank()) {
                out.add(new Violation(
                        VACCINE_CODE_OTHER_NEEDS_TEXT,
                        "Immunization.vaccineCode.text",
                        "vaccine code 'other' needs vaccineCode.text"));
            }
        } else {
            out.add(new Violation(
                    VACCINE_CODE_SYSTEM,
                    "Immunization.vaccineCode.coding",
                    "vaccineCode needs a SNOMED CT code (" + SNOMED + ") or 'other' of " + CS_VACCINE_CODE));
        }
    }

    private static void patient(Immunization im, List<Violation> out) {
        Reference patient = im.getPatient();
        if (patient.hasReference()) {
            out.add(new Violation(
                    PATIENT_LOGICAL,
                    "Immunization.patient.reference",
                    "the patient is a logical reference by INSZ, not a literal reference"));
        }
        Identifier id = patient.getIdentifier();
        if (!NS_SSIN.equals(id.getSystem()) || !id.hasValue()) {
            out.add(new Violation(
                    PATIENT_SSIN,
                    "Immunization.patient.identifier",
                    "the patient needs an identifier of system " + NS_SSIN));
        } else if (!Insz.isValid(id.getValue())) {
            out.add(new Violation(
                    PATIENT_INSZ,
                    "Immunization.patient.identifier.value",
                    "the patient identifier is not a valid INSZ"));
        }
    }

    private static void occurrence(Immunization im, LocalDate today, List<Violation> out) {
        if (!(im.getOccurrence() instanceof DateTimeType when) || when.getValue() == null) {
            out.add(new Violation(OCCURRENCE_REQUIRED, "Immunization.occurrence", "occurrenceDateTime is required"));
            return;
        }
        LocalDate day = LocalDate.of(when.getYear(), when.getMonth() + 1, when.getDay());
        if (day.isAfter(today)) {
            out.add(new Violation(
                    OCCURRENCE_FUTURE, "Immunization.occurrence", "the vaccination date lies in the future"));
        }
    }

    private static void recorder(Immunization im, List<Violation> out) {
        Extension ext = im.getExtensionByUrl(EXT_RECORDER);
        Identifier id = ext != null && ext.getValue() instanceof Reference ref ? ref.getIdentifier() : null;
        if (id == null || !NS_NIHDI.equals(id.getSystem()) || !id.hasValue()) {
            out.add(new Violation(
                    RECORDER_REQUIRED,
                    RECORDER_PATH,
                    "the recorder extension with a NIHII (" + NS_NIHDI + ") is required"));
        } else if (!NIHII.matcher(id.getValue()).matches()) {
            out.add(new Violation(
                    RECORDER_NIHII,
                    RECORDER_PATH + ".value.identifier.value",
                    "the recorder's NIHII must be 11 digits"));
        }
    }

    private static void performers(Immunization im, List<Violation> out) {
        for (int i = 0; i < im.getPerformer().size(); i++) {
            Identifier id = im.getPerformer().get(i).getActor().getIdentifier();
            if (!NS_NIHDI.equals(id.getSystem())
                    || !id.hasValue()
                    || !NIHII.matcher(id.getValue()).matches()) {
                out.add(new Violation(
                        PERFORMER_NIHII,
                        "Immunization.performer[" + i + "].actor.identifier",
                        "a performer is identified by an 11-digit NIHII of system " + NS_NIHDI));
            }
        }
    }

    private static void administeredProduct(Immunization im, List<Violation> out) {
        for (Extension product : im.getExtensionsByUrl(EXT_ADMINISTERED_PRODUCT)) {
            for (Extension coded : product.getExtensionsByUrl(SUB_CODED)) {
                Coding cnk = coded.getValue() instanceof CodeableConcept cc ? coding(cc, NS_CNK) : null;
                if (cnk == null || !cnk.hasCode() || !CNK.matcher(cnk.getCode()).matches()) {
                    out.add(new Violation(
                            PRODUCT_CNK,
                            PRODUCT_PATH + ".extension('" + SUB_CODED + "')",
                            "the administered product is coded by a 7-digit CNK of system " + NS_CNK));
                }
            }
            for (Extension lot : product.getExtensionsByUrl(SUB_LOT_NUMBER)) {
                if (!(lot.getValue() instanceof StringType s)
                        || s.getValue() == null
                        || s.getValue().isBlank()) {
                    out.add(new Violation(
                            PRODUCT_LOT_NUMBER,
                            PRODUCT_PATH + ".extension('" + SUB_LOT_NUMBER + "')",
                            "the lot number must be a non-empty string"));
                }
            }
        }
    }

    private static void route(Immunization im, List<Violation> out) {
        if (!im.hasRoute()) {
            return;
        }
        Coding route = coding(im.getRoute(), CS_ROUTE);
        if (route == null || Route.byCode(route.getCode()).isEmpty()) {
            out.add(new Violation(
                    ROUTE_UNKNOWN, "Immunization.route", "the route must be a code of " + CS_ROUTE + " (IM, SC, ...)"));
        }
    }

    private static void site(Immunization im, List<Violation> out) {
        if (!im.hasSite()) {
            return;
        }
        Coding site = coding(im.getSite(), SNOMED);
        if (site == null || !site.hasCode() || !SCTID.matcher(site.getCode()).matches()) {
            out.add(new Violation(SITE_SNOMED, "Immunization.site", "the site must be a SNOMED CT body structure"));
        }
    }

    private static boolean hasCode(CodeableConcept cc) {
        return cc != null && cc.getCoding().stream().anyMatch(Coding::hasCode);
    }

    private static Coding coding(CodeableConcept cc, String system) {
        return cc.getCoding().stream()
                .filter(c -> system.equals(c.getSystem()) && c.hasCode())
                .findFirst()
                .orElse(null);
    }
}
