package nl.ddjgz.vaccicard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.ddjgz.registry.Delivery;
import nl.ddjgz.registry.InvalidRegistrationException;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.RegisterProfile;
import nl.ddjgz.registry.RegistryAdapter;
import nl.ddjgz.registry.UnsendableRegistrationException;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.Nihii;
import nl.ddjgz.vaccicard.fhir.BeActor;
import nl.ddjgz.vaccicard.fhir.BeVaccination;
import nl.ddjgz.vaccicard.fhir.BeVaccinationProfile;
import nl.ddjgz.vaccicard.fhir.BeVaccinationRules;
import nl.ddjgz.vaccicard.fhir.BeVaccinations;
import nl.ddjgz.vaccicard.fhir.BeValueSet;
import nl.ddjgz.vaccicard.fhir.BeValueSets;
import nl.ddjgz.vaccicard.fhir.FhirJson;
import nl.ddjgz.vaccicard.fhir.OperationOutcomes;
import nl.ddjgz.vaccicard.fhir.StatusReason;
import nl.ddjgz.vaccicard.fhir.Violation;
import nl.ddjgz.vaccinecodes.VaccineCode;
import nl.ddjgz.vaccinecodes.VaccineCodes;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Immunization;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Vaccicard adapter of the registry port. At approval it builds one BeVaccination {@code Immunization} per
 * vaccination of the contact moment (given: completed, with the CNK code and lot in the administeredProduct extension,
 * the professional as recorder and performer; an objection: not-done with the reason), checks each against the
 * profile's rules and then against our Vaccicard policy ({@link VaccicardPolicy}) and keeps them as one FHIR batch
 * {@code Bundle} whose entries say how each is sent: a conditional create ({@code If-None-Exist} on our business
 * identifier {@code <contact moment>:<vaccine type>:<message id>}), so a re-send after a lost answer is registered
 * once. A registration the register accepted can be taken back: the retraction sets each stored resource (ids kept
 * from the answers) to {@code entered-in-error} by an update.
 */
@Component
class VaccicardAdapter implements RegistryAdapter {

    /** Plain JSON of the stored bundles; decimals keep their digits as FHIR wrote them. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final String identifierSystem;
    private final Function<String, Optional<Codes>> codes;
    private final Supplier<Function<String, Optional<Codes>>> codeTable;
    private final VaccicardClient client;
    private final BeValueSets valueSets;
    private final VaccicardPolicy policy;

    /**
     * What the adapter needs of a vaccine type's codes (from {@link VaccineCodes}).
     *
     * @param snomedCode SNOMED CT code of the BeVaccination value set, or null (then the type cannot be sent)
     * @param cnk CNK code of the pack, or null (an unknown product)
     */
    record Codes(String snomedCode, String snomedDisplay, String cnk, String productName, boolean lotRequired) {

        static Codes of(VaccineCode code) {
            return new Codes(
                    code.getSnomedCode(),
                    code.getSnomedDisplay(),
                    code.getCnk(),
                    code.getProductName(),
                    code.isLotRequired());
        }
    }

    @Autowired
    VaccicardAdapter(
            VaccicardProperties properties,
            VaccicardClient client,
            VaccineCodes codes,
            VaccicardValueSets valueSets,
            Clock clock) {
        this(
                properties.identifierSystem(),
                type -> codes.of(type).map(Codes::of),
                () -> {
                    Map<String, Codes> all =
                            codes.all().stream().collect(Collectors.toMap(VaccineCode::getVaccineTypeCode, Codes::of));
                    return type -> Optional.ofNullable(all.get(type));
                },
                client,
                valueSets,
                clock);
    }

    VaccicardAdapter(
            String identifierSystem,
            Function<String, Optional<Codes>> codes,
            VaccicardClient client,
            BeValueSets valueSets,
            Clock clock) {
        this(identifierSystem, codes, () -> codes, client, valueSets, clock);
    }

    private VaccicardAdapter(
            String identifierSystem,
            Function<String, Optional<Codes>> codes,
            Supplier<Function<String, Optional<Codes>>> codeTable,
            VaccicardClient client,
            BeValueSets valueSets,
            Clock clock) {
        this.identifierSystem = identifierSystem;
        this.codes = codes;
        this.codeTable = codeTable;
        this.client = client;
        this.valueSets = valueSets;
        this.policy = new VaccicardPolicy(identifierSystem, clock);
    }

    @Override
    public RegisterProfile profile() {
        return VaccicardRegister.PROFILE;
    }

    /**
     * @return a FHIR batch Bundle (JSON) with one conditional create of an Immunization per vaccination or objection
     * @throws UnsendableRegistrationException no valid INSZ, no NIHII, a vaccine type without SNOMED CT or CNK code,
     *     a lot number missing where required; a built resource that is not valid for the register's profile
     *     ({@code registry.vaccicard.profileInvalid}) or that our Vaccicard policy refuses ({@code
     *     registry.vaccicard.policyRefused})
     */
    @Override
    public String compose(OutgoingRegistration registration, String messageId, Instant at) {
        return compose(registration, messageId, at, codes, valueSets);
    }

    /**
     * The composer of an approval of many registrations: the codes table and the value sets are read once, on the
     * caller's thread, so the messages are composed and checked on every core without touching the database.
     */
    @Override
    public Composer composer() {
        Function<String, Optional<Codes>> table = codeTable.get();
        BeValueSets sets = valueSets.snapshot();
        return Composer.concurrent((registration, messageId, at) -> compose(registration, messageId, at, table, sets));
    }

    private String compose(
            OutgoingRegistration registration,
            String messageId,
            Instant at,
            Function<String, Optional<Codes>> codes,
            BeValueSets valueSets) {
        Insz insz = Optional.ofNullable(registration.child())
                .flatMap(c -> Insz.parse(c.insz()))
                .orElseThrow(() -> new UnsendableRegistrationException("registry.belgian.noInsz"));
        String nihii = Optional.ofNullable(registration.approvedBy())
                .flatMap(p -> Nihii.parse(p.nihii()))
                .map(Nihii::value)
                .orElseThrow(() -> new UnsendableRegistrationException("registry.belgian.noNihii"));
        if (registration.items() == null || registration.items().isEmpty()) {
            throw new UnsendableRegistrationException("registry.belgian.nothingToSend");
        }
        BeActor professional =
                BeActor.practitioner(nihii, registration.approvedBy().name());
        Bundle bundle = new Bundle().setType(Bundle.BundleType.BATCH);
        Map<String, Integer> seen = new HashMap<>();
        for (OutgoingRegistration.Item item : registration.items()) {
            Codes code = codes.apply(item.vaccineTypeCode())
                    .filter(c -> c.snomedCode() != null && !c.snomedCode().isBlank())
                    .orElseThrow(() ->
                            new UnsendableRegistrationException("registry.vaccicard.noSnomed", item.vaccineName()));
            boolean given = item.objectionReason() == null;
            if (given && (code.cnk() == null || code.cnk().isBlank())) {
                throw new UnsendableRegistrationException("registry.belgian.unknownProduct", item.vaccineName());
            }
            if (given
                    && code.lotRequired()
                    && (item.batchNumber() == null || item.batchNumber().isBlank())) {
                throw new UnsendableRegistrationException("registry.belgian.lotRequired", item.vaccineName());
            }
            String base = registration.contactMomentId() + ":" + item.vaccineTypeCode() + ":" + messageId;
            int n = seen.merge(base, 1, Integer::sum);
            String identifier = n == 1 ? base : base + ":" + n;
            LocalDate day = item.date() != null
                    ? item.date()
                    : registration.contactMoment().date();
            BeVaccination.Builder vaccination = BeVaccination.builder()
                    .identifier(identifierSystem, identifier)
                    .patient(insz)
                    .occurrence(day)
                    .recorded(at)
                    .recorder(professional)
                    .vaccine(code.snomedCode(), displayOf(code, valueSets));
            if (given) {
                vaccination
                        .completed()
                        .performer(professional)
                        .product(code.cnk(), code.productName())
                        .lot(item.batchNumber());
            } else {
                // nobody vaccinated: no performer; the reason is optional in the profile
                vaccination.notDone(reasonOf(item.objectionReason()).orElse(null));
            }
            Immunization immunization = BeVaccinations.toImmunization(vaccination.build());
            check(immunization, item.vaccineName(), valueSets);
            Bundle.BundleEntryComponent entry = bundle.addEntry().setResource(immunization);
            entry.getRequest()
                    .setMethod(Bundle.HTTPVerb.POST)
                    .setUrl("Immunization")
                    .setIfNoneExist(ifNoneExist(identifierSystem, identifier));
        }
        return FhirJson.encode(bundle);
    }

    /**
     * The two checks before queueing, in order: the profile BeVaccination (is it valid FHIR for the register?), then
     * our Vaccicard policy (do we send this?). Each refuses with its own message and the reasons.
     */
    void check(Immunization immunization, String vaccineName) {
        check(immunization, vaccineName, valueSets);
    }

    private void check(Immunization immunization, String vaccineName, BeValueSets valueSets) {
        List<Violation> profile = BeVaccinationRules.check(immunization, valueSets);
        if (!profile.isEmpty()) {
            throw new UnsendableRegistrationException(
                    "registry.vaccicard.profileInvalid", vaccineName, BeVaccinationProfile.VERSION, reasons(profile));
        }
        List<Violation> refused = policy.check(immunization);
        if (!refused.isEmpty()) {
            throw new UnsendableRegistrationException(
                    "registry.vaccicard.policyRefused", vaccineName, reasons(refused));
        }
    }

    private static String reasons(List<Violation> violations) {
        return violations.stream()
                .limit(5)
                .map(v -> v.code() + " (" + v.path() + ")")
                .collect(Collectors.joining("; "));
    }

    /** The English display of the code in the value set (the Coding.display), else the one in our codes table. */
    private static String displayOf(Codes code, BeValueSets valueSets) {
        return valueSets.concepts(BeValueSet.VACCINE_CODE).stream()
                .filter(c -> BeVaccinationProfile.SNOMED.equals(c.system())
                        && c.code().equals(code.snomedCode()))
                .map(BeValueSets.Concept::displayEn)
                .findFirst()
                .orElse(code.snomedDisplay());
    }

    /**
     * The status reason of an objection: "1" medical (a contraindication: MEDPREC), "2" principled (the parents'
     * objection: PATOBJ); another reason is sent without statusReason, which the profile allows.
     */
    static Optional<StatusReason> reasonOf(String objectionReason) {
        return switch (objectionReason == null ? "" : objectionReason) {
            case "1" -> Optional.of(StatusReason.MEDPREC);
            case "2" -> Optional.of(StatusReason.PATOBJ);
            default -> Optional.empty();
        };
    }

    /** The search of a conditional create: {@code identifier=<system>|<value>}, each part URL-encoded. */
    static String ifNoneExist(String system, String value) {
        return "identifier=" + URLEncoder.encode(system, StandardCharsets.UTF_8) + "|"
                + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One message per request; its resources are sent one by one, in order. */
    @Override
    public List<Delivery> send(List<Pending> messages) {
        return messages.stream().map(this::deliver).toList();
    }

    /**
     * Sends each entry of the message's bundle as its request says (a conditional create, or an update to
     * entered-in-error). Accepted when every resource is; the first one that is not decides the outcome, and a retry
     * sends them all again (the conditional create keeps the accepted ones once).
     */
    Delivery deliver(Pending message) {
        List<StoredEntry> entries = entriesOf(message.payload());
        if (entries == null) {
            return Delivery.refused(Delivery.Outcome.MISCONFIGURED, 0, null, "stored message is not a FHIR Bundle");
        }
        List<String> ids = new ArrayList<>();
        boolean allCreated = true;
        int lastStatus = 0;
        for (StoredEntry entry : entries) {
            VaccicardClient.Answer answer = entry.update()
                    ? client.update(idOf(entry.url()), entry.resource())
                    : client.create(entry.resource(), entry.ifNoneExist());
            Delivery failure = failureOf(answer);
            if (failure != null) {
                // keep the ids of what the register already stored, for the person who looks at the message
                return ids.isEmpty()
                        ? failure
                        : new Delivery(
                                failure.outcome(),
                                failure.httpStatus(),
                                failure.code(),
                                failure.detail(),
                                String.join(",", ids),
                                null);
            }
            lastStatus = answer.status();
            allCreated &= answer.status() == 201;
            String id = entry.update() ? idOf(entry.url()) : resourceId(answer);
            if (id != null) {
                // a create answered without resource or Location cannot be retracted later (composeRetraction says so)
                ids.add(id);
            }
        }
        String remoteIds = String.join(",", ids);
        boolean retraction = entries.stream().anyMatch(StoredEntry::update);
        String code = retraction ? "entered-in-error" : allCreated ? "created" : "exists";
        return Delivery.accepted(lastStatus, code, "Immunization/" + String.join(", Immunization/", ids), remoteIds);
    }

    /**
     * What an answer that is not a success means: null for 200/201; 401 is retried with a new token; 403/404 (and any
     * answer we cannot act on) is our set-up; other 4xx with an OperationOutcome goes to a person with its text;
     * 408/429/5xx and no answer are retried; credentials refused or missing configuration go to the administrator.
     */
    static Delivery failureOf(VaccicardClient.Answer answer) {
        switch (answer.kind()) {
            case UNREACHABLE:
                return Delivery.retryable(0, answer.detail());
            case NOT_CONFIGURED:
            case TOKEN_REFUSED:
                return Delivery.refused(Delivery.Outcome.MISCONFIGURED, 0, null, answer.detail());
            default:
                break;
        }
        int status = answer.status();
        if (status == 200 || status == 201) {
            return null;
        }
        List<OperationOutcomes.Issue> issues = outcomeOf(answer.body());
        String text = issues == null || issues.isEmpty() ? null : OperationOutcomes.summary(issues);
        String code = issues == null || issues.isEmpty() ? null : firstErrorCode(issues);
        String detail = "HTTP " + status + (text == null ? "" : ": " + text);
        if (status == 401) {
            // the register no longer takes our token (expired, revoked): the client dropped it, and the next
            // attempt fetches a new one; credentials that are refused come back as TOKEN_REFUSED above
            return Delivery.retryable(status, detail);
        }
        if (status == 403 || status == 404) {
            return Delivery.refused(Delivery.Outcome.MISCONFIGURED, status, code, detail);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return Delivery.retryable(status, detail);
        }
        if (status >= 400 && status < 500 && text != null) {
            return Delivery.refused(Delivery.Outcome.REJECTED, status, code, text);
        }
        return Delivery.ofHttpStatus(status, detail);
    }

    private static List<OperationOutcomes.Issue> outcomeOf(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return OperationOutcomes.read(body);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstErrorCode(List<OperationOutcomes.Issue> issues) {
        return issues.stream()
                .filter(OperationOutcomes.Issue::isError)
                .findFirst()
                .orElse(issues.get(0))
                .code();
    }

    /**
     * One entry of the queued batch Bundle as it is sent: the resource's JSON as composed and checked at approval,
     * and the entry's request (an update, or a create with its If-None-Exist search).
     */
    private record StoredEntry(String resource, boolean update, String url, String ifNoneExist) {}

    /**
     * The entries of the queued Bundle, read as plain JSON: the resources were built, encoded and checked at
     * approval, so they are sent as they were stored, without a FHIR model in between (a FHIR parse and encode per
     * resource was a third of a sending thread's time). Null when the text is not a batch Bundle with resources.
     */
    static List<StoredEntry> entriesOf(String payload) {
        JsonNode bundle;
        try {
            bundle = JSON.readTree(payload == null ? "" : payload);
        } catch (JacksonException e) {
            return null;
        }
        if (bundle == null || !"Bundle".equals(bundle.path("resourceType").asString(null))) {
            return null;
        }
        List<StoredEntry> entries = new ArrayList<>();
        for (JsonNode entry : bundle.path("entry")) {
            JsonNode resource = entry.get("resource");
            JsonNode request = entry.path("request");
            if (resource == null || !resource.isObject()) {
                return null;
            }
            entries.add(new StoredEntry(
                    JSON.writeValueAsString(resource),
                    "PUT".equals(request.path("method").asString(null)),
                    request.path("url").asString(null),
                    request.path("ifNoneExist").asString(null)));
        }
        return entries;
    }

    /** The id the register gave the resource: from the returned resource, else from the Location header. */
    static String resourceId(VaccicardClient.Answer answer) {
        if (answer.body() != null && !answer.body().isBlank()) {
            try {
                JsonNode stored = JSON.readTree(answer.body());
                String id = stored == null ? null : stored.path("id").asString(null);
                if ("Immunization"
                                .equals(
                                        stored == null
                                                ? null
                                                : stored.path("resourceType").asString(null))
                        && id != null
                        && !id.isBlank()) {
                    return id;
                }
            } catch (JacksonException e) {
                // not the resource: fall back to the Location header
            }
        }
        String location = answer.location();
        if (location != null) {
            List<String> parts = Arrays.asList(location.split("/"));
            int at = parts.lastIndexOf("Immunization");
            if (at >= 0 && at + 1 < parts.size()) {
                return parts.get(at + 1);
            }
        }
        return null;
    }

    private static String idOf(String url) {
        return url == null ? null : url.substring(url.lastIndexOf('/') + 1);
    }

    /**
     * The retraction of an accepted registration: each Immunization as it was sent, with the id the register gave
     * it and status entered-in-error, as an update of that resource.
     */
    @Override
    public String composeRetraction(Pending accepted, String messageId, Instant at) {
        Bundle sent = FhirJson.parse(Bundle.class, accepted.payload());
        List<String> ids = accepted.remoteId() == null || accepted.remoteId().isBlank()
                ? List.of()
                : Arrays.asList(accepted.remoteId().split(","));
        // resources are sent one at a time, in order, and the ids of those stored are kept, so after a partial
        // acceptance (a later entry refused) the ids belong to the first entries
        if (ids.size() > sent.getEntry().size()) {
            throw new InvalidRegistrationException(List.of("the register's ids (" + ids.size()
                    + ") do not match the resources sent (" + sent.getEntry().size() + ")"));
        }
        Bundle retraction = new Bundle().setType(Bundle.BundleType.BATCH);
        for (int i = 0; i < ids.size(); i++) {
            Immunization withdrawn = BeVaccinations.enteredInError(
                    (Immunization) sent.getEntry().get(i).getResource());
            withdrawn.setId(ids.get(i));
            Bundle.BundleEntryComponent entry = retraction.addEntry().setResource(withdrawn);
            entry.getRequest().setMethod(Bundle.HTTPVerb.PUT).setUrl("Immunization/" + ids.get(i));
        }
        return FhirJson.encode(retraction);
    }
}
