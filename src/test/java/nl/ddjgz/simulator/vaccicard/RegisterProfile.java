package nl.ddjgz.simulator.vaccicard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ddjgz.simulator.vaccinnet.RegisterInsz;
import tools.jackson.databind.JsonNode;

/**
 * How the simulated Vaccicard checks a received {@code Immunization} against the profile BeVaccination (1.1.2): its
 * own reading, on the resource's JSON tree by the profile's element names and URLs, independent of the sender's
 * builder and rules ({@code vaccicard.fhir}), so a field the sender writes wrongly is not checked with the same
 * mistake. It checks what the register needs of a registration: the required elements (status, vaccineCode, patient,
 * occurrence, recorded, exactly one recorder extension), the elements the profile forbids (lotNumber, expirationDate,
 * location, protocolApplied), the value sets bound as required (vaccine code, status reason, route, site,
 * confirmation status; the lists of the profile version, read from the published table), be-rule-vaccination-1
 * ("other" needs a text) and -2 (a coded product is a CNK, CTI-extended or ATC code), the administered product's
 * sub-extensions (lot number a string), at most one performer with an actor of a permitted type, a reaction's date,
 * and, as a register does, no occurrence after today. Each broken rule is an {@link Issue} whose code is the one the
 * register's OperationOutcome shows in brackets. Not checked here: be-rule-vaccination-3 and -4 (contained reaction
 * and encounter resources) and the value types of the stock and order extensions. Thread-safe.
 */
final class RegisterProfile {

    static final String STATUS_REQUIRED = "profile.status.required";
    static final String STATUS_REASON_BINDING = "profile.statusReason.binding";
    static final String VACCINE_CODE_REQUIRED = "profile.vaccineCode.required";
    static final String VACCINE_CODE_BINDING = "profile.vaccineCode.binding";
    static final String PATIENT_REQUIRED = "profile.patient.required";
    static final String PATIENT_TYPE = "profile.patient.type";
    static final String OCCURRENCE_REQUIRED = "profile.occurrence.required";
    static final String OCCURRENCE_FUTURE = "register.occurrence.future";
    static final String RECORDED_REQUIRED = "profile.recorded.required";
    static final String RECORDER_CARDINALITY = "profile.recorder.cardinality";
    static final String RECORDER_VALUE = "profile.recorder.value";
    static final String IDENTIFIER_INCOMPLETE = "profile.identifier.systemAndValue";
    static final String PERFORMER_CARDINALITY = "profile.performer.cardinality";
    static final String PERFORMER_ACTOR_REQUIRED = "profile.performer.actor.required";
    static final String PERFORMER_ACTOR_TYPE = "profile.performer.actor.type";
    static final String LOT_NUMBER_FORBIDDEN = "profile.lotNumber.forbidden";
    static final String EXPIRATION_DATE_FORBIDDEN = "profile.expirationDate.forbidden";
    static final String LOCATION_FORBIDDEN = "profile.location.forbidden";
    static final String PROTOCOL_APPLIED_FORBIDDEN = "profile.protocolApplied.forbidden";
    static final String REACTION_DATE_REQUIRED = "profile.reaction.date.required";
    static final String ROUTE_BINDING = "profile.route.binding";
    static final String SITE_BINDING = "profile.site.binding";
    static final String EXTENSION_CARDINALITY = "profile.extension.cardinality";
    static final String EXTENSION_VALUE = "profile.extension.value";
    static final String CONFIRMATION_STATUS_BINDING = "profile.confirmationStatus.binding";
    static final String RULE_1 = "be-rule-vaccination-1";
    static final String RULE_2 = "be-rule-vaccination-2";

    /** The patient's national number (INSZ / SSIN). */
    static final String SSIN = "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin";

    private static final String CORE = "https://www.ehealth.fgov.be/standards/fhir/core/StructureDefinition/";
    private static final String VACCINATION = "https://www.ehealth.fgov.be/standards/fhir/vaccination/";
    private static final String RECORDER = CORE + "be-ext-recorder";
    private static final String PRODUCT = VACCINATION + "StructureDefinition/be-ext-administeredProduct";
    private static final String CONFIRMATION =
            VACCINATION + "StructureDefinition/be-ext-vaccination-confirmationStatus";
    private static final List<String> AT_MOST_ONE = List.of(
            PRODUCT,
            CONFIRMATION,
            VACCINATION + "StructureDefinition/be-ext-vaccination-originalorder",
            VACCINATION + "StructureDefinition/be-ext-simple-note",
            VACCINATION + "StructureDefinition/be-ext-vaccination-stock-location",
            VACCINATION + "StructureDefinition/be-ext-vaccination-stock-funding-organization");
    private static final String SNOMED = "http://snomed.info/sct";
    private static final Set<String> PRODUCT_SYSTEMS = Set.of(
            "https://www.ehealth.fgov.be/standards/fhir/medication/NamingSystem/be-ns-cnk-codes",
            "https://www.ehealth.fgov.be/standards/fhir/medication/NamingSystem/be-ns-cti-extended-code",
            "http://whocc.no/atc");
    private static final Set<String> STATUSES = Set.of("completed", "entered-in-error", "not-done");
    private static final Set<String> RECORDER_TYPES = Set.of("Patient", "Practitioner", "Organization");
    private static final Set<String> PERFORMER_TYPES = Set.of("Practitioner", "Organization", "PractitionerRole");

    /** The published lists of the profile version: value set key to {@code system|code}. */
    private static final Map<String, Set<String>> VALUE_SETS =
            load("/nl/ddjgz/vaccicard/fhir/be-vaccination-value-sets.tsv");

    private RegisterProfile() {}

    /** A broken rule: its code, where (a FHIRPath) and what is wrong, in English; never an INSZ. */
    record Issue(String code, String path, String message) {}

    /** The rules the resource breaks, on {@code today} (Belgian time); empty when the register takes it. */
    static List<Issue> check(JsonNode im, LocalDate today) {
        List<Issue> out = new ArrayList<>();
        JsonNode identifiers = im.path("identifier");
        for (int i = 0; i < identifiers.size(); i++) {
            if (text(identifiers.get(i), "system") == null || text(identifiers.get(i), "value") == null) {
                out.add(new Issue(IDENTIFIER_INCOMPLETE, "Immunization.identifier[" + i + "]", "system and value"));
            }
        }
        if (!STATUSES.contains(String.valueOf(text(im, "status")))) {
            out.add(new Issue(STATUS_REQUIRED, "Immunization.status", "status is required (1..1)"));
        }
        if (im.has("statusReason")) {
            binding(im.path("statusReason"), "status-reason", STATUS_REASON_BINDING, "Immunization.statusReason", out);
        }
        vaccineCode(im.path("vaccineCode"), out);
        patient(im, out);
        occurrence(im, today, out);
        if (text(im, "recorded") == null) {
            out.add(new Issue(RECORDED_REQUIRED, "Immunization.recorded", "recorded is required (1..1)"));
        }
        forbidden(im, "lotNumber", LOT_NUMBER_FORBIDDEN, out);
        forbidden(im, "expirationDate", EXPIRATION_DATE_FORBIDDEN, out);
        forbidden(im, "location", LOCATION_FORBIDDEN, out);
        forbidden(im, "protocolApplied", PROTOCOL_APPLIED_FORBIDDEN, out);
        if (im.has("site")) {
            binding(im.path("site"), "site", SITE_BINDING, "Immunization.site", out);
        }
        if (im.has("route")) {
            binding(im.path("route"), "route", ROUTE_BINDING, "Immunization.route", out);
        }
        performers(im, out);
        JsonNode reactions = im.path("reaction");
        for (int i = 0; i < reactions.size(); i++) {
            if (text(reactions.get(i), "date") == null) {
                out.add(new Issue(REACTION_DATE_REQUIRED, "Immunization.reaction[" + i + "].date", "date required"));
            }
        }
        extensions(im, out);
        return List.copyOf(out);
    }

    /** Whether the patient's identifier is an SSIN whose check digits fail (nobody in the national register). */
    static boolean invalidSsin(JsonNode im) {
        JsonNode id = im.path("patient").path("identifier");
        return SSIN.equals(text(id, "system")) && !RegisterInsz.valid(text(id, "value"));
    }

    /** The patient's identifier value, or null. */
    static String patientOf(JsonNode im) {
        return text(im.path("patient").path("identifier"), "value");
    }

    private static void vaccineCode(JsonNode code, List<Issue> out) {
        if (code.isMissingNode() || (code.path("coding").isEmpty() && text(code, "text") == null)) {
            out.add(new Issue(VACCINE_CODE_REQUIRED, "Immunization.vaccineCode", "vaccineCode is required (1..1)"));
            return;
        }
        binding(code, "vaccine-code", VACCINE_CODE_BINDING, "Immunization.vaccineCode", out);
        boolean needsText = false;
        for (JsonNode coding : code.path("coding")) {
            needsText |= "other".equals(text(coding, "code"))
                    || ("787859002".equals(text(coding, "code")) && SNOMED.equals(text(coding, "system")));
        }
        if (needsText && text(code, "text") == null) {
            out.add(new Issue(RULE_1, "Immunization.vaccineCode.text", "vaccine code 'other' needs vaccineCode.text"));
        }
    }

    private static void patient(JsonNode im, List<Issue> out) {
        JsonNode patient = im.path("patient");
        if (!present(patient)) {
            out.add(new Issue(PATIENT_REQUIRED, "Immunization.patient", "patient is required (1..1)"));
            return;
        }
        String type = referredType(im, patient);
        if (type != null && !"Patient".equals(type)) {
            out.add(new Issue(PATIENT_TYPE, "Immunization.patient", "patient must refer to a Patient"));
        }
    }

    private static void occurrence(JsonNode im, LocalDate today, List<Issue> out) {
        String when = text(im, "occurrenceDateTime");
        if (when == null && text(im, "occurrenceString") == null) {
            out.add(new Issue(OCCURRENCE_REQUIRED, "Immunization.occurrence", "occurrence is required (1..1)"));
            return;
        }
        // a FHIR dateTime is a year, a year and month, a day, or a day and time: its first day counts
        if (when != null && first(when).isAfter(today)) {
            out.add(new Issue(
                    OCCURRENCE_FUTURE,
                    "Immunization.occurrenceDateTime",
                    "the vaccination cannot be registered before it took place"));
        }
    }

    private static LocalDate first(String dateTime) {
        String day = dateTime.length() >= 10
                ? dateTime.substring(0, 10)
                : dateTime.length() == 7 ? dateTime + "-01" : dateTime.substring(0, 4) + "-01-01";
        return LocalDate.parse(day);
    }

    private static void forbidden(JsonNode im, String element, String code, List<Issue> out) {
        if (im.has(element)) {
            out.add(new Issue(code, "Immunization." + element, "Immunization." + element + " is forbidden (0..0)"));
        }
    }

    private static void performers(JsonNode im, List<Issue> out) {
        JsonNode performers = im.path("performer");
        if (performers.size() > 1) {
            out.add(new Issue(PERFORMER_CARDINALITY, "Immunization.performer", "at most one performer (0..1)"));
        }
        for (int i = 0; i < performers.size(); i++) {
            JsonNode actor = performers.get(i).path("actor");
            String path = "Immunization.performer[" + i + "].actor";
            if (!present(actor)) {
                out.add(new Issue(PERFORMER_ACTOR_REQUIRED, path, "performer.actor is required (1..1)"));
            } else if (referredType(im, actor) != null && !PERFORMER_TYPES.contains(referredType(im, actor))) {
                out.add(new Issue(PERFORMER_ACTOR_TYPE, path, "a Practitioner, Organization or PractitionerRole"));
            }
        }
    }

    private static void extensions(JsonNode im, List<Issue> out) {
        List<JsonNode> recorders = extensions(im, RECORDER);
        if (recorders.size() != 1) {
            out.add(new Issue(
                    RECORDER_CARDINALITY,
                    "Immunization.extension('" + RECORDER + "')",
                    "exactly one recorder extension is required (1..1); got " + recorders.size()));
        }
        for (JsonNode recorder : recorders) {
            JsonNode reference = recorder.path("valueReference");
            boolean valid = !recorder.path("valueCodeableConcept").isEmpty()
                    || (present(reference)
                            && (referredType(im, reference) == null
                                    || RECORDER_TYPES.contains(referredType(im, reference))));
            if (!valid) {
                out.add(new Issue(RECORDER_VALUE, "Immunization.extension('" + RECORDER + "').value", "who recorded"));
            }
        }
        for (String url : AT_MOST_ONE) {
            if (extensions(im, url).size() > 1) {
                out.add(new Issue(EXTENSION_CARDINALITY, "Immunization.extension('" + url + "')", "at most one"));
            }
        }
        for (JsonNode product : extensions(im, PRODUCT)) {
            product(product, out);
        }
        for (JsonNode status : extensions(im, CONFIRMATION)) {
            String code = text(status, "valueCode");
            if (code == null
                    || !VALUE_SETS.getOrDefault("confirmation-status", Set.of()).stream()
                            .anyMatch(c -> c.endsWith("|" + code))) {
                out.add(new Issue(
                        CONFIRMATION_STATUS_BINDING,
                        "Immunization.extension('" + CONFIRMATION + "').valueCode",
                        "not a confirmation status of the profile"));
            }
        }
    }

    /** The administered product: sub-extensions reference, coded, lotNumber, expirationDate (each 0..1), no value. */
    private static void product(JsonNode product, List<Issue> out) {
        String path = "Immunization.extension('" + PRODUCT + "')";
        product.propertyNames().stream()
                .filter(name -> name.startsWith("value"))
                .findFirst()
                .ifPresent(v -> out.add(new Issue(EXTENSION_VALUE, path + ".value", "sub-extensions only")));
        Map<String, String> types = Map.of(
                "reference", "valueReference",
                "coded", "valueCodeableConcept",
                "lotNumber", "valueString",
                "expirationDate", "valueDate");
        types.forEach((sub, type) -> {
            List<JsonNode> found = extensions(product, sub);
            if (found.size() > 1) {
                out.add(new Issue(EXTENSION_CARDINALITY, path + ".extension('" + sub + "')", "at most one " + sub));
            }
            for (JsonNode e : found) {
                if (!e.has(type)) {
                    out.add(new Issue(EXTENSION_VALUE, path + ".extension('" + sub + "').value", sub + ": " + type));
                }
            }
        });
        for (JsonNode coded : extensions(product, "coded")) {
            boolean known = false;
            for (JsonNode coding : coded.path("valueCodeableConcept").path("coding")) {
                known |= PRODUCT_SYSTEMS.contains(text(coding, "system"));
            }
            if (coded.has("valueCodeableConcept") && !known) {
                out.add(new Issue(RULE_2, path + ".extension('coded').value.coding", "a CNK, CTI-extended or ATC"));
            }
        }
    }

    /** At least one coding of a required binding is a code of the value set. */
    private static void binding(JsonNode concept, String set, String code, String path, List<Issue> out) {
        Set<String> codes = VALUE_SETS.getOrDefault(set, Set.of());
        List<String> given = new ArrayList<>();
        boolean member = false;
        for (JsonNode coding : concept.path("coding")) {
            String key = text(coding, "system") + "|" + text(coding, "code");
            given.add(key);
            member |= codes.contains(key);
        }
        if (!member) {
            out.add(new Issue(
                    code,
                    path,
                    (given.isEmpty() ? "no code" : String.join(", ", given)) + " is not in the required value set "
                            + VACCINATION + "ValueSet/" + set));
        }
    }

    private static List<JsonNode> extensions(JsonNode element, String url) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode e : element.path("extension")) {
            if (url.equals(text(e, "url"))) {
                found.add(e);
            }
        }
        return found;
    }

    /** A reference that says something: a literal reference or an identifier. */
    private static boolean present(JsonNode reference) {
        return text(reference, "reference") != null
                || !reference.path("identifier").isEmpty();
    }

    /** The type a reference points to: of a contained resource, of a literal reference, or its type; else null. */
    private static String referredType(JsonNode im, JsonNode reference) {
        String literal = text(reference, "reference");
        if (literal != null && literal.startsWith("#")) {
            for (JsonNode contained : im.path("contained")) {
                if (literal.substring(1).equals(text(contained, "id"))) {
                    return text(contained, "resourceType");
                }
            }
            return "unresolved";
        }
        if (literal != null) {
            String[] parts = literal.split("/");
            return parts.length >= 2 ? parts[parts.length - 2] : "unknown";
        }
        return text(reference, "type");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isValueNode() || value.asString().isBlank() ? null : value.asString();
    }

    private static Map<String, Set<String>> load(String resource) {
        Map<String, Set<String>> sets = new HashMap<>();
        try (InputStream in = RegisterProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t", -1);
                if (!line.isBlank() && !line.startsWith("#") && f.length >= 3) {
                    sets.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1] + "|" + f[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sets;
    }
}
