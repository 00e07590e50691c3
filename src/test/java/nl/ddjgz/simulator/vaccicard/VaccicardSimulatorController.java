package nl.ddjgz.simulator.vaccicard;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.ddjgz.simulator.Faults;
import nl.ddjgz.simulator.SimulatedAnswers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulated Vaccicard: an OAuth2 token endpoint (client credentials) and the FHIR {@code Immunization} endpoint,
 * which wants a valid bearer token (401 otherwise), reads each resource with its own strict parser (400 for what is
 * not FHIR R4 JSON) and checks it against the profile BeVaccination with its own reading ({@link RegisterProfile}, on
 * the JSON tree, with the profile's published value sets; 422 with an OperationOutcome), honours the conditional create ({@code If-None-Exist: identifier=system|value}: a re-sent
 * resource is stored once and answered 200), refuses children it does not know (422 "patient not found") and takes
 * updates (entered-in-error). Faults as set on {@code vaccicardFaults} and {@link SimulatedVaccicard}.
 *
 * <p>A plain servlet under {@value #BASE} ({@link VaccicardSimulatorConfiguration} registers it), not a Spring MVC
 * controller: the register is another system, so its requests need none of the module's own web stack (its security
 * chain, the pages' model attributes, message converters, request observations), which cost more CPU per request
 * than the register's own checks. Every check the register makes is here.
 */
@SuppressWarnings("serial")
class VaccicardSimulatorController extends HttpServlet {

    static final String BASE = "/simulator/vaccicard";

    static final String FHIR_JSON = "application/fhir+json";

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final JsonMapper JSON = JsonMapper.shared();

    private final SimulatedVaccicard register;
    private final Faults faults;
    private final Clock clock;

    private static final String TOKEN = BASE + "/oauth2/token";

    private static final String IMMUNIZATION = BASE + "/fhir/Immunization";

    VaccicardSimulatorController(SimulatedVaccicard register, Faults faults, Clock clock) {
        this.register = register;
        this.faults = faults;
        this.clock = clock;
    }

    /** POST the token endpoint, POST an Immunization (create), PUT an Immunization by id (update). */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if (path.equals(TOKEN)) {
            if (!"POST".equals(method)) {
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            } else if (!isForm(request.getContentType())) {
                response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            } else {
                token(request, response);
            }
        } else if (path.equals(IMMUNIZATION)) {
            if ("POST".equals(method)) {
                create(body(request), request.getHeader("If-None-Exist"), request, response);
            } else {
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            }
        } else if (path.startsWith(IMMUNIZATION + "/") && path.indexOf('/', IMMUNIZATION.length() + 1) < 0) {
            if ("PUT".equals(method)) {
                update(path.substring(IMMUNIZATION.length() + 1), body(request), request, response);
            } else {
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            }
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static boolean isForm(String contentType) {
        return contentType != null
                && contentType
                        .strip()
                        .toLowerCase(java.util.Locale.ROOT)
                        .startsWith("application/x-www-form-urlencoded");
    }

    /** The request body as text (its charset, else UTF-8, as FHIR JSON is); null when empty. */
    private static String body(HttpServletRequest request) throws IOException {
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readAllBytes();
        }
        if (bytes.length == 0) {
            return null;
        }
        String charset = request.getCharacterEncoding();
        return new String(bytes, charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset));
    }

    /** Client credentials, by HTTP Basic (client_secret_basic) or in the form (client_secret_post). */
    private void token(HttpServletRequest request, HttpServletResponse response) throws IOException {
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

    private void create(String body, String ifNoneExist, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        JsonNode immunization = admit(body, request, response);
        if (immunization == null) {
            return;
        }
        String identifier = ifNoneExist == null ? null : identifierOf(ifNoneExist);
        if (ifNoneExist != null && identifier == null) {
            outcome(response, 400, "invalid", "If-None-Exist must be identifier=system|value", null);
            return;
        }
        SimulatedVaccicard.Created created = register.createOnce(
                identifier,
                RegisterProfile.patientOf(immunization),
                immunization.path("status").asString(),
                clock.instant(),
                (id, v) -> stored(immunization, id, v));
        if (faults.loseThisAnswer()) {
            SimulatedAnswers.dropConnection(response, 201, FHIR_JSON, "{\"resourceType\"");
            return;
        }
        response.setHeader(
                "Location",
                request.getRequestURL() + "/" + created.stored().id() + "/_history/"
                        + created.stored().version());
        json(response, created.created() ? 201 : 200, created.stored().json(), FHIR_JSON);
    }

    private void update(String id, String body, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        JsonNode immunization = admit(body, request, response);
        if (immunization == null) {
            return;
        }
        String given = immunization.path("id").asString("");
        if (!given.isEmpty() && !id.equals(given)) {
            outcome(response, 400, "invalid", "the resource id does not match the URL", "Immunization.id");
            return;
        }
        var updated = register.update(
                id, immunization.path("status").asString(), clock.instant(), (key, v) -> stored(immunization, key, v));
        if (updated.isEmpty()) {
            outcome(response, 404, "not-found", "no Immunization with this id", null);
            return;
        }
        if (faults.loseThisAnswer()) {
            SimulatedAnswers.dropConnection(response, 201, FHIR_JSON, "{\"resourceType\"");
            return;
        }
        json(response, 200, updated.get().json(), FHIR_JSON);
    }

    /**
     * The checks before anything is stored: faults, the bearer token, the resource and its rules, the child.
     *
     * @return the resource's JSON tree, or null when an answer was sent
     */
    private JsonNode admit(String body, HttpServletRequest request, HttpServletResponse response) throws IOException {
        SimulatedAnswers.pause(faults.delay());
        register.countRequest();
        if (faults.refuseNow(clock.instant())) {
            outcome(response, 503, "transient", "service unavailable", null);
            return null;
        }
        if (register.tooManyRequestsNow()) {
            response.setHeader("Retry-After", "1");
            outcome(response, 429, "throttled", "too many requests", null);
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
            outcome(response, 401, "login", "a valid bearer token is required", null);
            return null;
        }
        try {
            ReceivedImmunization.read(body);
        } catch (ReceivedImmunization.NotAnImmunizationException e) {
            outcome(response, 400, "structure", e.getMessage(), null);
            return null;
        }
        // the register's own reading of the profile, not the sender's rules, lists or policy
        JsonNode immunization = JSON.readTree(body);
        List<RegisterProfile.Issue> broken =
                RegisterProfile.check(immunization, LocalDate.now(clock.withZone(BRUSSELS)));
        if (!broken.isEmpty()) {
            json(response, 422, profileOutcome(broken), FHIR_JSON);
            return null;
        }
        if (register.unknownPatient(RegisterProfile.patientOf(immunization))
                || RegisterProfile.invalidSsin(immunization)) {
            outcome(
                    response,
                    422,
                    "not-found",
                    "patient not found: no person with this INSZ in the national register",
                    "Immunization.patient.identifier");
            return null;
        }
        return immunization;
    }

    /**
     * The resource as stored: with its id and version in front, the rest as received. The received tree is read no
     * more once stored, so its elements go into the stored tree as they are; only {@code meta}, which gets the
     * version, is copied.
     */
    private static String stored(JsonNode received, String id, int version) {
        ObjectNode stored = JSON.createObjectNode();
        stored.put("resourceType", received.path("resourceType").asString());
        stored.put("id", id);
        ObjectNode meta = received.path("meta").isObject()
                ? ((ObjectNode) received.path("meta")).deepCopy()
                : JSON.createObjectNode();
        meta.put("versionId", String.valueOf(version));
        stored.set("meta", meta);
        for (Map.Entry<String, JsonNode> field : received.properties()) {
            if (!List.of("resourceType", "id", "meta").contains(field.getKey())) {
                stored.set(field.getKey(), field.getValue());
            }
        }
        return JSON.writeValueAsString(stored);
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

    /** An OperationOutcome of one error. */
    private static void outcome(HttpServletResponse response, int status, String code, String diagnostics, String path)
            throws IOException {
        json(response, status, outcome(List.of(new Issue(code, diagnostics, path))), FHIR_JSON);
    }

    /** An OperationOutcome of broken profile rules: per rule a business-rule error, "[code] message" and its path. */
    private static String profileOutcome(List<RegisterProfile.Issue> broken) {
        return outcome(broken.stream()
                .map(b -> new Issue("business-rule", "[" + b.code() + "] " + b.message(), b.path()))
                .toList());
    }

    private static String outcome(List<Issue> issues) {
        ObjectNode outcome = JSON.createObjectNode();
        outcome.put("resourceType", "OperationOutcome");
        ArrayNode list = outcome.putArray("issue");
        for (Issue issue : issues) {
            ObjectNode i = list.addObject();
            i.put("severity", "error");
            i.put("code", issue.code());
            i.put("diagnostics", issue.diagnostics());
            if (issue.path() != null) {
                i.putArray("expression").add(issue.path());
            }
        }
        return JSON.writeValueAsString(outcome);
    }

    private record Issue(String code, String diagnostics, String path) {}

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
