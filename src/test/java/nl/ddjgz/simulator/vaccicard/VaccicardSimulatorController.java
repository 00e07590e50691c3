package nl.ddjgz.simulator.vaccicard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.simulator.Faults;
import nl.ddjgz.simulator.SimulatedAnswers;
import nl.ddjgz.vaccicard.fhir.BeVaccinationRules;
import nl.ddjgz.vaccicard.fhir.BeValueSets;
import nl.ddjgz.vaccicard.fhir.FhirJson;
import nl.ddjgz.vaccicard.fhir.OperationOutcomes;
import nl.ddjgz.vaccicard.fhir.OperationOutcomes.Issue;
import nl.ddjgz.vaccicard.fhir.Violation;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulated Vaccicard: an OAuth2 token endpoint (client credentials) and the FHIR {@code Immunization} endpoint,
 * which wants a valid bearer token (401 otherwise), reads each resource with its own strict parser (400 for what is
 * not FHIR R4 JSON) and checks it against the profile BeVaccination with the profile's own value sets (422 with an
 * OperationOutcome), honours the conditional create ({@code If-None-Exist: identifier=system|value}: a re-sent
 * resource is stored once and answered 200), refuses children it does not know (422 "patient not found") and takes
 * updates (entered-in-error). Faults as set on {@code vaccicardFaults} and {@link SimulatedVaccicard}.
 */
@RestController
@ConditionalOnBooleanProperty("ddjgz.simulator.enabled")
class VaccicardSimulatorController {

    static final String BASE = "/simulator/vaccicard";

    private static final String SSIN = "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin";

    private final SimulatedVaccicard register;
    private final Faults faults;
    private final Clock clock;

    VaccicardSimulatorController(
            SimulatedVaccicard register, @Qualifier("vaccicardFaults") Faults faults, Clock clock) {
        this.register = register;
        this.faults = faults;
        this.clock = clock;
    }

    /** Client credentials, by HTTP Basic (client_secret_basic) or in the form (client_secret_post). */
    @PostMapping(path = BASE + "/oauth2/token", consumes = "application/x-www-form-urlencoded")
    void token(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"client_credentials".equals(request.getParameter("grant_type"))) {
            json(response, 400, "{\"error\":\"unsupported_grant_type\"}", "application/json");
            return;
        }
        String id = request.getParameter("client_id");
        String secret = request.getParameter("client_secret");
        String basic = request.getHeader("Authorization");
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            String pair;
            try {
                pair = new String(Base64.getDecoder().decode(basic.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                pair = "";
            }
            int colon = pair.indexOf(':');
            if (colon > 0) {
                id = URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8);
                secret = URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8);
            }
        }
        var token = register.issueToken(id, secret, clock.instant());
        if (token.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"vaccicard\"");
            json(response, 401, "{\"error\":\"invalid_client\"}", "application/json");
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        json(
                response,
                200,
                "{\"access_token\":\"" + token.get() + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                        + SimulatedVaccicard.TOKEN_LIFETIME.toSeconds() + "}",
                "application/json");
    }

    @PostMapping(path = BASE + "/fhir/Immunization")
    void create(
            @RequestBody(required = false) String body,
            @RequestHeader(name = "If-None-Exist", required = false) String ifNoneExist,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Immunization immunization = admit(body, request, response);
        if (immunization == null) {
            return;
        }
        String identifier = ifNoneExist == null ? null : identifierOf(ifNoneExist);
        if (ifNoneExist != null && identifier == null) {
            outcome(response, 400, Issue.error("invalid", "If-None-Exist must be identifier=system|value", null));
            return;
        }
        SimulatedVaccicard.Created created = register.createOnce(
                identifier, patientOf(immunization), immunization.getStatus().toCode(), clock.instant(), (id, v) -> {
                    Immunization stored = immunization.copy();
                    stored.setId(id);
                    stored.getMeta().setVersionId(String.valueOf(v));
                    return FhirJson.encode(stored);
                });
        if (faults.loseThisAnswer()) {
            SimulatedAnswers.dropConnection(response, 201, FhirJson.MEDIA_TYPE, "{\"resourceType\"");
            return;
        }
        response.setHeader(
                "Location",
                request.getRequestURL() + "/" + created.stored().id() + "/_history/"
                        + created.stored().version());
        json(response, created.created() ? 201 : 200, created.stored().json(), FhirJson.MEDIA_TYPE);
    }

    @PutMapping(path = BASE + "/fhir/Immunization/{id}")
    void update(
            @PathVariable String id,
            @RequestBody(required = false) String body,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Immunization immunization = admit(body, request, response);
        if (immunization == null) {
            return;
        }
        if (immunization.hasIdElement()
                && immunization.getIdElement().hasIdPart()
                && !id.equals(immunization.getIdElement().getIdPart())) {
            outcome(response, 400, Issue.error("invalid", "the resource id does not match the URL", "Immunization.id"));
            return;
        }
        var updated = register.update(id, immunization.getStatus().toCode(), clock.instant(), (key, v) -> {
            Immunization stored = immunization.copy();
            stored.setId(key);
            stored.getMeta().setVersionId(String.valueOf(v));
            return FhirJson.encode(stored);
        });
        if (updated.isEmpty()) {
            outcome(response, 404, Issue.error("not-found", "no Immunization with this id", null));
            return;
        }
        if (faults.loseThisAnswer()) {
            SimulatedAnswers.dropConnection(response, 201, FhirJson.MEDIA_TYPE, "{\"resourceType\"");
            return;
        }
        json(response, 200, updated.get().json(), FhirJson.MEDIA_TYPE);
    }

    /**
     * The checks before anything is stored: faults, the bearer token, the resource and its rules, the child.
     *
     * @return the resource, or null when an answer was sent
     */
    private Immunization admit(String body, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SimulatedAnswers.pause(faults.delay());
        register.countRequest();
        if (faults.refuseNow(clock.instant())) {
            outcome(response, 503, new Issue("error", "transient", "service unavailable", null));
            return null;
        }
        if (register.tooManyRequestsNow()) {
            response.setHeader("Retry-After", "1");
            outcome(response, 429, new Issue("error", "throttled", "too many requests", null));
            return null;
        }
        String authorization = request.getHeader("Authorization");
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip()
                : null;
        if (!register.validToken(token, clock.instant())) {
            response.setHeader(
                    "WWW-Authenticate",
                    token == null
                            ? "Bearer realm=\"vaccicard\""
                            : "Bearer realm=\"vaccicard\", error=\"invalid_token\"");
            outcome(response, 401, new Issue("error", "login", "a valid bearer token is required", null));
            return null;
        }
        Immunization immunization;
        try {
            immunization = ReceivedImmunization.read(body);
        } catch (ReceivedImmunization.NotAnImmunizationException e) {
            outcome(response, 400, Issue.error("structure", e.getMessage(), null));
            return null;
        }
        // the register checks the profile BeVaccination with its own lists (those of the version we follow), not the
        // sender's copy, nor the sender's policy
        List<Violation> violations = BeVaccinationRules.check(immunization, BeValueSets.official());
        if (!violations.isEmpty()) {
            json(response, 422, FhirJson.encode(OperationOutcomes.fromViolations(violations)), FhirJson.MEDIA_TYPE);
            return null;
        }
        if (register.unknownPatient(patientOf(immunization)) || invalidSsin(immunization)) {
            outcome(
                    response,
                    422,
                    Issue.error(
                            "not-found",
                            "patient not found: no person with this INSZ in the national register",
                            "Immunization.patient.identifier"));
            return null;
        }
        return immunization;
    }

    /** An SSIN whose check digits fail is nobody in the national register (other identifiers are not looked up). */
    private static boolean invalidSsin(Immunization immunization) {
        Identifier id = immunization.getPatient().getIdentifier();
        return id != null && SSIN.equals(id.getSystem()) && !Insz.isValid(id.getValue());
    }

    private static String patientOf(Immunization immunization) {
        Identifier id = immunization.getPatient().getIdentifier();
        return id == null ? null : id.getValue();
    }

    /** {@code identifier=system|value} (URL-encoded parts) as {@code system|value}, or null. */
    static String identifierOf(String ifNoneExist) {
        String query = ifNoneExist.strip();
        if (!query.startsWith("identifier=")) {
            return null;
        }
        String token = query.substring("identifier=".length());
        int bar = token.indexOf('|');
        if (bar <= 0 || bar == token.length() - 1) {
            return null;
        }
        return URLDecoder.decode(token.substring(0, bar), StandardCharsets.UTF_8) + "|"
                + URLDecoder.decode(token.substring(bar + 1), StandardCharsets.UTF_8);
    }

    private static void outcome(HttpServletResponse response, int status, Issue issue) throws IOException {
        json(response, status, OperationOutcomes.toJson(List.of(issue)), FhirJson.MEDIA_TYPE);
    }

    private static void json(HttpServletResponse response, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type + ";charset=UTF-8");
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }
}
