package nl.ddjgz.vaccicard.fhir;

import static nl.ddjgz.vaccicard.fhir.BeVaccinationProfile.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Immunization.ImmunizationPerformerComponent;
import org.hl7.fhir.r4.model.Immunization.ImmunizationReactionComponent;
import org.hl7.fhir.r4.model.Immunization.ImmunizationStatus;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * The rules of the profile BeVaccination {@value BeVaccinationProfile#VERSION}, exactly as the profile states them
 * (no more, no less): the cardinalities of the profile and of R4 {@code Immunization} it keeps, the forbidden
 * elements, the fixed extension URLs and their value types, the required bindings (checked against {@link
 * BeValueSets}) and the invariants be-rule-vaccination-1 to -4. Checked on an {@code Immunization} before we send it,
 * and by the simulated register on what it receives.
 *
 * <p>Our own rules for what we send (a business identifier, a valid INSZ, a day not in the future, ...) are not
 * here: they are the Vaccicard policy of the adapter, a separate layer. Each broken rule gives a {@link Violation}
 * with a stable code (the constants below) and a FHIRPath; messages never contain the INSZ.
 *
 * <p>Not checked, because it cannot be on the wire: be-rule-vaccination-3 asks the resolved reaction observation's
 * code to be in the core-clinical value set {@code be-vs-reaction-manifestation-code}, which we do not hold; we check
 * that it resolves (a contained Observation) and carries a code.
 */
public final class BeVaccinationRules {

    public static final String STATUS_REQUIRED = "profile.status.required";
    public static final String STATUS_REASON_BINDING = "profile.statusReason.binding";
    public static final String VACCINE_CODE_REQUIRED = "profile.vaccineCode.required";
    public static final String VACCINE_CODE_BINDING = "profile.vaccineCode.binding";
    public static final String PATIENT_REQUIRED = "profile.patient.required";
    public static final String PATIENT_TYPE = "profile.patient.type";
    public static final String OCCURRENCE_REQUIRED = "profile.occurrence.required";
    public static final String RECORDED_REQUIRED = "profile.recorded.required";
    public static final String RECORDER_CARDINALITY = "profile.recorder.cardinality";
    public static final String RECORDER_VALUE = "profile.recorder.value";
    public static final String IDENTIFIER_INCOMPLETE = "profile.identifier.systemAndValue";
    public static final String PERFORMER_CARDINALITY = "profile.performer.cardinality";
    public static final String PERFORMER_ACTOR_REQUIRED = "profile.performer.actor.required";
    public static final String PERFORMER_ACTOR_TYPE = "profile.performer.actor.type";
    public static final String LOT_NUMBER_FORBIDDEN = "profile.lotNumber.forbidden";
    public static final String EXPIRATION_DATE_FORBIDDEN = "profile.expirationDate.forbidden";
    public static final String LOCATION_FORBIDDEN = "profile.location.forbidden";
    public static final String PROTOCOL_APPLIED_FORBIDDEN = "profile.protocolApplied.forbidden";
    public static final String REACTION_DATE_REQUIRED = "profile.reaction.date.required";
    public static final String ROUTE_BINDING = "profile.route.binding";
    public static final String SITE_BINDING = "profile.site.binding";
    public static final String EXTENSION_CARDINALITY = "profile.extension.cardinality";
    public static final String EXTENSION_VALUE = "profile.extension.value";
    public static final String CONFIRMATION_STATUS_BINDING = "profile.confirmationStatus.binding";
    public static final String RULE_1 = "be-rule-vaccination-1";
    public static final String RULE_2 = "be-rule-vaccination-2";
    public static final String RULE_3 = "be-rule-vaccination-3";
    public static final String RULE_4 = "be-rule-vaccination-4";

    private static final Set<String> RECORDER_TYPES = Set.of("Patient", "Practitioner", "Organization");
    private static final Set<String> PERFORMER_TYPES = Set.of("Practitioner", "Organization", "PractitionerRole");
    private static final Set<String> PRODUCT_SYSTEMS = Set.of(NS_CNK, NS_CTI_EXTENDED, ATC);

    private static final String RECORDER_PATH = "Immunization.extension('" + EXT_RECORDER + "')";
    private static final String PRODUCT_PATH = "Immunization.extension('" + EXT_ADMINISTERED_PRODUCT + "')";

    private BeVaccinationRules() {}

    /** The violations of the resource against the profile; empty when it conforms. */
    public static List<Violation> check(Immunization im, BeValueSets valueSets) {
        Objects.requireNonNull(im, "immunization");
        Objects.requireNonNull(valueSets, "valueSets");
        List<Violation> out = new ArrayList<>();
        identifiers(im, out);
        if (!im.hasStatus() || im.getStatus() == ImmunizationStatus.NULL) {
            out.add(new Violation(STATUS_REQUIRED, "Immunization.status", "status is required (1..1)"));
        }
        if (im.hasStatusReason()) {
            binding(im.getStatusReason(), BeValueSet.STATUS_REASON, valueSets, STATUS_REASON_BINDING, out);
        }
        vaccineCode(im, valueSets, out);
        patient(im, out);
        occurrence(im, out);
        if (!im.hasRecorded()) {
            out.add(new Violation(RECORDED_REQUIRED, "Immunization.recorded", "recorded is required (1..1)"));
        }
        if (im.hasLocation()) {
            out.add(forbidden(LOCATION_FORBIDDEN, "Immunization.location"));
        }
        if (im.hasLotNumber()) {
            out.add(new Violation(
                    LOT_NUMBER_FORBIDDEN,
                    "Immunization.lotNumber",
                    "Immunization.lotNumber is forbidden (0..0); the lot goes in the administeredProduct extension"));
        }
        if (im.hasExpirationDate()) {
            out.add(new Violation(
                    EXPIRATION_DATE_FORBIDDEN,
                    "Immunization.expirationDate",
                    "Immunization.expirationDate is forbidden (0..0); it goes in the administeredProduct extension"));
        }
        if (im.hasProtocolApplied()) {
            out.add(forbidden(PROTOCOL_APPLIED_FORBIDDEN, "Immunization.protocolApplied"));
        }
        if (im.hasSite()) {
            binding(im.getSite(), BeValueSet.SITE, valueSets, SITE_BINDING, out);
        }
        if (im.hasRoute()) {
            binding(im.getRoute(), BeValueSet.ROUTE, valueSets, ROUTE_BINDING, out);
        }
        performers(im, out);
        reactions(im, out);
        extensions(im, valueSets, out);
        encounter(im, valueSets, out);
        return List.copyOf(out);
    }

    private static void identifiers(Immunization im, List<Violation> out) {
        for (int i = 0; i < im.getIdentifier().size(); i++) {
            Identifier id = im.getIdentifier().get(i);
            if (!id.hasSystem() || !id.hasValue()) {
                out.add(new Violation(
                        IDENTIFIER_INCOMPLETE,
                        "Immunization.identifier[" + i + "]",
                        "an identifier needs both system and value (1..1 each)"));
            }
        }
    }

    private static void vaccineCode(Immunization im, BeValueSets valueSets, List<Violation> out) {
        CodeableConcept vc = im.getVaccineCode();
        if (!im.hasVaccineCode() || vc.isEmpty()) {
            out.add(new Violation(VACCINE_CODE_REQUIRED, "Immunization.vaccineCode", "vaccineCode is required (1..1)"));
            return;
        }
        binding(vc, BeValueSet.VACCINE_CODE, valueSets, VACCINE_CODE_BINDING, out);
        boolean needsText = vc.getCoding().stream()
                .anyMatch(c -> OTHER_VACCINE_CODE.equals(c.getCode())
                        || (UNSPECIFIED_VACCINE_CODE.equals(c.getCode()) && SNOMED.equals(c.getSystem())));
        if (needsText && !vc.hasText()) {
            out.add(new Violation(
                    RULE_1,
                    "Immunization.vaccineCode.text",
                    "vaccine code 'other' or " + UNSPECIFIED_VACCINE_CODE + " needs vaccineCode.text"));
        }
    }

    private static void patient(Immunization im, List<Violation> out) {
        Reference patient = im.getPatient();
        if (!im.hasPatient() || (!present(patient))) {
            out.add(new Violation(PATIENT_REQUIRED, "Immunization.patient", "patient is required (1..1)"));
            return;
        }
        String type = referredType(im, patient);
        if (type != null && !"Patient".equals(type)) {
            out.add(new Violation(PATIENT_TYPE, "Immunization.patient", "patient must refer to a Patient"));
        }
    }

    private static void occurrence(Immunization im, List<Violation> out) {
        boolean present = im.getOccurrence() instanceof DateTimeType when
                ? when.getValue() != null
                : im.getOccurrence() instanceof StringType text
                        && text.getValue() != null
                        && !text.getValue().isBlank();
        if (!present) {
            out.add(new Violation(
                    OCCURRENCE_REQUIRED,
                    "Immunization.occurrence",
                    "occurrence (occurrenceDateTime or occurrenceString) is required (1..1)"));
        }
    }

    private static void performers(Immunization im, List<Violation> out) {
        List<ImmunizationPerformerComponent> performers = im.getPerformer();
        if (performers.size() > 1) {
            out.add(new Violation(
                    PERFORMER_CARDINALITY,
                    "Immunization.performer",
                    "at most one performer (0..1); got " + performers.size()));
        }
        for (int i = 0; i < performers.size(); i++) {
            Reference actor = performers.get(i).getActor();
            String path = "Immunization.performer[" + i + "].actor";
            if (!performers.get(i).hasActor() || !present(actor)) {
                out.add(new Violation(PERFORMER_ACTOR_REQUIRED, path, "performer.actor is required (1..1)"));
                continue;
            }
            String type = referredType(im, actor);
            if (type != null && !PERFORMER_TYPES.contains(type)) {
                out.add(new Violation(
                        PERFORMER_ACTOR_TYPE,
                        path,
                        "performer.actor must refer to a Practitioner, Organization or PractitionerRole, not " + type));
            }
        }
    }

    private static void reactions(Immunization im, List<Violation> out) {
        for (int i = 0; i < im.getReaction().size(); i++) {
            ImmunizationReactionComponent reaction = im.getReaction().get(i);
            String path = "Immunization.reaction[" + i + "]";
            if (!reaction.hasDate()) {
                out.add(new Violation(REACTION_DATE_REQUIRED, path + ".date", "reaction.date is required (1..1)"));
            }
            if (reaction.hasDetail()) {
                // reaction.detail.resolve().code.memberOf(be-vs-reaction-manifestation-code).anyTrue()
                Resource detail = contained(im, reaction.getDetail());
                boolean coded = detail instanceof Observation observation
                        && observation.getCode().getCoding().stream().anyMatch(Coding::hasCode);
                if (!coded) {
                    out.add(new Violation(
                            RULE_3,
                            path + ".detail",
                            "reaction.detail must resolve (a contained Observation) to a coded manifestation"));
                }
            }
        }
    }

    private static void extensions(Immunization im, BeValueSets valueSets, List<Violation> out) {
        List<Extension> recorders = im.getExtensionsByUrl(EXT_RECORDER);
        if (recorders.size() != 1) {
            out.add(new Violation(
                    RECORDER_CARDINALITY,
                    RECORDER_PATH,
                    "exactly one recorder extension " + EXT_RECORDER + " is required (1..1); got " + recorders.size()));
        }
        for (Extension recorder : recorders) {
            boolean valid = recorder.getValue() instanceof CodeableConcept cc && !cc.isEmpty()
                    || recorder.getValue() instanceof Reference ref
                            && present(ref)
                            && (referredType(im, ref) == null || RECORDER_TYPES.contains(referredType(im, ref)));
            if (!valid) {
                out.add(new Violation(
                        RECORDER_VALUE,
                        RECORDER_PATH + ".value",
                        "the recorder is a reference to a Patient, Practitioner or Organization, or a code"));
            }
        }
        atMostOne(im, EXT_ADMINISTERED_PRODUCT, out);
        atMostOne(im, EXT_ORIGINAL_ORDER, out);
        atMostOne(im, EXT_CONFIRMATION_STATUS, out);
        atMostOne(im, EXT_NOTE, out);
        atMostOne(im, EXT_STOCK_LOCATION, out);
        atMostOne(im, EXT_STOCK_FUNDING, out);
        for (Extension product : im.getExtensionsByUrl(EXT_ADMINISTERED_PRODUCT)) {
            administeredProduct(im, product, out);
        }
        for (Extension order : im.getExtensionsByUrl(EXT_ORIGINAL_ORDER)) {
            referenceValue(im, order, Set.of("ImmunizationRecommendation", "MedicationRequest", "CarePlan"), out);
        }
        for (Extension location : im.getExtensionsByUrl(EXT_STOCK_LOCATION)) {
            referenceValue(im, location, Set.of("Location"), out);
        }
        for (Extension funding : im.getExtensionsByUrl(EXT_STOCK_FUNDING)) {
            referenceValue(im, funding, Set.of("Organization"), out);
        }
        for (Extension note : im.getExtensionsByUrl(EXT_NOTE)) {
            if (!(note.getValue() instanceof Annotation)) {
                out.add(valueType(EXT_NOTE, "an Annotation"));
            }
        }
        for (Extension status : im.getExtensionsByUrl(EXT_CONFIRMATION_STATUS)) {
            if (!(status.getValue() instanceof CodeType code)) {
                out.add(valueType(EXT_CONFIRMATION_STATUS, "a code"));
            } else if (!valueSets.contains(BeValueSet.CONFIRMATION_STATUS, CS_CONFIRMATION_STATUS, code.getValue())) {
                out.add(new Violation(
                        CONFIRMATION_STATUS_BINDING,
                        BeValueSet.CONFIRMATION_STATUS.path(),
                        "code " + code.getValue() + " is not in " + BeValueSet.CONFIRMATION_STATUS.url()));
            }
        }
    }

    /** The complex extension: sub-extensions reference, coded, lotNumber, expirationDate (each 0..1) and no value. */
    private static void administeredProduct(Immunization im, Extension product, List<Violation> out) {
        if (product.hasValue()) {
            out.add(new Violation(
                    EXTENSION_VALUE,
                    PRODUCT_PATH + ".value",
                    "administeredProduct has sub-extensions only, no value of its own"));
        }
        String[] subs = {SUB_REFERENCE, SUB_CODED, SUB_LOT_NUMBER, SUB_EXPIRATION_DATE};
        for (String sub : subs) {
            List<Extension> found = product.getExtensionsByUrl(sub);
            if (found.size() > 1) {
                out.add(new Violation(
                        EXTENSION_CARDINALITY,
                        PRODUCT_PATH + ".extension('" + sub + "')",
                        "at most one '" + sub + "' in administeredProduct (0..1)"));
            }
            for (Extension e : found) {
                boolean typed = switch (sub) {
                    case SUB_REFERENCE ->
                        e.getValue() instanceof Reference ref
                                && (referredType(im, ref) == null || "Medication".equals(referredType(im, ref)));
                    case SUB_CODED -> e.getValue() instanceof CodeableConcept;
                    case SUB_LOT_NUMBER -> e.getValue() instanceof StringType s && s.getValue() != null;
                    default -> e.getValue() instanceof DateType;
                };
                if (!typed) {
                    out.add(new Violation(
                            EXTENSION_VALUE,
                            PRODUCT_PATH + ".extension('" + sub + "').value",
                            "administeredProduct." + sub + " has the wrong type of value"));
                }
            }
        }
        // be-rule-vaccination-2: a coded product is a CNK, CTI-extended or ATC code
        for (Extension coded : product.getExtensionsByUrl(SUB_CODED)) {
            if (coded.getValue() instanceof CodeableConcept cc
                    && cc.getCoding().stream().noneMatch(c -> PRODUCT_SYSTEMS.contains(c.getSystem()))) {
                out.add(new Violation(
                        RULE_2,
                        PRODUCT_PATH + ".extension('" + SUB_CODED + "').value.coding",
                        "the product code shall be a CNK, CTI-extended or ATC code"));
            }
        }
    }

    /** be-rule-vaccination-4: a contained encounter's contained location with a type has a care-location type. */
    private static void encounter(Immunization im, BeValueSets valueSets, List<Violation> out) {
        if (!im.hasEncounter() || !(contained(im, im.getEncounter()) instanceof Encounter encounter)) {
            return;
        }
        for (Encounter.EncounterLocationComponent at : encounter.getLocation()) {
            if (contained(im, at.getLocation()) instanceof Location location && location.hasType()) {
                boolean known = location.getType().stream()
                        .flatMap(t -> t.getCoding().stream())
                        .anyMatch(c -> valueSets.contains(BeValueSet.CARE_LOCATION, c.getSystem(), c.getCode()));
                if (!known) {
                    out.add(new Violation(
                            RULE_4,
                            "Immunization.encounter.resolve().location.location.resolve().type",
                            "the type of the encounter's location must come from " + BeValueSet.CARE_LOCATION.url()));
                }
            }
        }
    }

    private static void atMostOne(Immunization im, String url, List<Violation> out) {
        if (im.getExtensionsByUrl(url).size() > 1) {
            out.add(new Violation(
                    EXTENSION_CARDINALITY, "Immunization.extension('" + url + "')", "at most one " + url + " (0..1)"));
        }
    }

    private static void referenceValue(Immunization im, Extension e, Set<String> types, List<Violation> out) {
        boolean valid = e.getValue() instanceof Reference ref
                && (referredType(im, ref) == null || types.contains(referredType(im, ref)));
        if (!valid) {
            out.add(valueType(e.getUrl(), "a reference to " + String.join(" or ", types)));
        }
    }

    private static Violation valueType(String url, String expected) {
        return new Violation(
                EXTENSION_VALUE,
                "Immunization.extension('" + url + "').value",
                "the value of " + url + " is " + expected);
    }

    private static Violation forbidden(String code, String path) {
        return new Violation(code, path, path + " is forbidden by the profile (0..0)");
    }

    /** Every coding of a required binding is checked: at least one must be a code of the value set. */
    private static void binding(
            CodeableConcept cc, BeValueSet set, BeValueSets valueSets, String code, List<Violation> out) {
        boolean member = cc.getCoding().stream().anyMatch(c -> valueSets.contains(set, c.getSystem(), c.getCode()));
        if (!member) {
            String given = cc.getCoding().isEmpty()
                    ? "no code"
                    : cc.getCoding().stream()
                            .map(c -> c.getSystem() + "|" + c.getCode())
                            .reduce((a, b) -> a + ", " + b)
                            .orElse("");
            out.add(new Violation(code, set.path(), given + " is not in the required value set " + set.url()));
        }
    }

    /** A reference that says something: a literal reference, an identifier or a contained resource. */
    private static boolean present(Reference reference) {
        return reference.hasReference() || reference.hasIdentifier() || reference.getResource() != null;
    }

    /**
     * The resource type a reference points to, or {@code null} when a logical reference does not say: the type in a
     * literal reference or the contained resource it names; otherwise its {@code type}. When both a literal reference
     * and a type are given and disagree, the literal one is taken (and a wrong one reported).
     */
    private static String referredType(Immunization im, Reference reference) {
        IBaseResource resource = reference.getResource();
        if (resource != null) {
            return resource.fhirType();
        }
        if (reference.hasReference()) {
            String ref = reference.getReference();
            if (ref.startsWith("#")) {
                Resource found = contained(im, reference);
                return found == null ? "unresolved" : found.fhirType();
            }
            IdType id = new IdType(ref);
            String literal = id.hasResourceType() ? id.getResourceType() : "unknown";
            if (reference.hasType() && !reference.getType().equals(literal)) {
                return literal + " (type says " + reference.getType() + ")";
            }
            return literal;
        }
        return reference.hasType() ? reference.getType() : null;
    }

    /** The contained resource a reference points to ({@code #id}), or null. */
    private static Resource contained(Immunization im, Reference reference) {
        if (reference.getResource() instanceof Resource resource) {
            return resource;
        }
        String ref = reference.getReference();
        if (ref == null || !ref.startsWith("#")) {
            return null;
        }
        String id = ref.substring(1);
        return im.getContained().stream()
                .filter(r -> id.equals(r.getIdElement().getIdPart()))
                .findFirst()
                .orElse(null);
    }
}
