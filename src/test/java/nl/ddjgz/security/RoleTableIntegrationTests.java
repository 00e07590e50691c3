package nl.ddjgz.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may change what: every state-changing endpoint of the module (every POST, PUT, DELETE or PATCH mapping, found
 * from the running context) tried over HTTP by each role with a valid session and CSRF token. Allowed means the
 * request got past every role check (web rule and method security): the answer is anything but 401/403 — the ids are
 * random, so nothing is changed. Refused means 403 (401 for the register's own endpoint, which takes no session).
 */
@IntegrationTest
class RoleTableIntegrationTests {

    private static final String DEMO_PASSWORD = "demo-wachtwoord";
    private static final String ID = "00000000-0000-4000-8000-000000000013";
    private static final String ID2 = "00000000-0000-4000-8000-000000000031";

    /** Who may: D = professional and assistant (the desk), P = professional only, A = administrator only, R = the register. */
    private static final Map<String, Character> TABLE = Map.ofEntries(
            Map.entry("POST /dossiers/new/prefilled", 'D'),
            Map.entry("POST /dossiers/new", 'D'),
            Map.entry("POST /dossiers/{id}/edit", 'D'),
            Map.entry("POST /dossiers/search/bsn", 'D'),
            Map.entry("POST /dossiers/search/name", 'D'),
            Map.entry("POST /dossiers/{dossierId}/praeventis-status", 'D'),
            Map.entry("POST /dossiers/{dossierId}/praeventis-status/take-over", 'D'),
            Map.entry("POST /dossiers/{dossierId}/earlier-vaccinations", 'D'),
            Map.entry("POST /dossiers/{dossierId}/contactmoments", 'D'),
            Map.entry("POST /dossiers/{dossierId}/planned-contactmoments", 'D'),
            Map.entry("POST /dossiers/{id}/maternal-pertussis", 'D'),
            Map.entry("POST /contactmoments/{id}/lines", 'D'),
            Map.entry("POST /contactmoments/{id}/lines/{lineId}/batch", 'D'),
            Map.entry("POST /contactmoments/{id}/lines/{lineId}/objection", 'D'),
            Map.entry("POST /contactmoments/{id}/lines/{lineId}/postponement", 'D'),
            Map.entry("POST /contactmoments/{id}/lines/{lineId}/clear", 'D'),
            Map.entry("POST /contactmoments/{id}/lines/{lineId}/remove", 'D'),
            Map.entry("POST /contactmoments/{id}/vaccinator", 'D'),
            Map.entry("POST /contactmoments/{id}/approve", 'P'),
            Map.entry("POST /contactmoments/{id}/correct", 'P'),
            Map.entry("POST /contactmoments/{id}/withdraw", 'P'),
            Map.entry("POST /contactmoments/{id}/correction-request", 'P'),
            Map.entry("POST /contactmoments/{id}/rivm-form-reported", 'P'),
            Map.entry("POST /recall", 'P'),
            Map.entry("POST /recall/csv", 'P'),
            Map.entry("POST /massvaccination", 'P'),
            Map.entry("POST /massvaccination/{id}/cohort", 'P'),
            Map.entry("POST /massvaccination/{id}/import", 'P'),
            Map.entry("POST /massvaccination/{id}/import/{importId}/confirm", 'P'),
            Map.entry("POST /massvaccination/{id}/import/{importId}/discard", 'P'),
            Map.entry("POST /massvaccination/{id}/approve", 'P'),
            Map.entry("POST /massvaccination/{id}/groupfile/{vaccineType}", 'P'),
            Map.entry("POST /massvaccination/{id}/desk/scans", 'D'),
            Map.entry("POST /massvaccination/{id}/desk/photo", 'D'),
            Map.entry("POST /massvaccination/{id}/desk/search", 'D'),
            Map.entry("POST /massvaccination/{id}/desk/pick", 'D'),
            Map.entry("POST /massvaccination/{id}/scans/{scanId}/remove", 'D'),
            Map.entry("POST /queue/{id}/retry", 'A'),
            Map.entry("POST /admin/users/new", 'A'),
            Map.entry("POST /admin/users/{id}", 'A'),
            Map.entry("POST /admin/users/{id}/password", 'A'),
            Map.entry("POST /admin/organisation", 'A'),
            Map.entry("POST /admin/organisation/registry", 'A'),
            Map.entry("POST /admin/organisation/locations", 'A'),
            Map.entry("POST /admin/organisation/locations/{id}/active", 'A'),
            Map.entry("POST /admin/registry-codes/{typeCode}", 'A'),
            Map.entry("POST /admin/batches", 'A'),
            Map.entry("POST /admin/audit", 'A'),
            Map.entry("POST /admin/vaccicard-value-sets/update", 'A'),
            Map.entry("POST /admin/vaccicard-value-sets/add", 'A'),
            Map.entry("POST /praeventis/batch-list", 'R'),
            Map.entry("POST /praeventis/call-list", 'R'),
            // issue 15: send window, closing a session, put back, call list → expected list, missing dossiers
            Map.entry("POST /admin/organisation/send-window", 'A'),
            Map.entry("POST /contactmoments/{id}/send-now", 'P'),
            Map.entry("POST /massvaccination/{id}/close", 'P'),
            Map.entry("POST /massvaccination/{id}/scans/{scanId}/put-back", 'D'),
            Map.entry("POST /massvaccination/{id}/call-list", 'P'),
            Map.entry("POST /massvaccination/{id}/open-dossiers", 'P'),
            Map.entry("POST /massvaccination/{id}/desk/open-dossier", 'D'),
            Map.entry("POST /massvaccination/{id}/desk/lot", 'P'),
            Map.entry("POST /massvaccination/{id}/desk/vaccinator", 'D'),
            Map.entry("POST /massvaccination/{id}/desk/no-bsn", 'D'));

    /** Endpoints taking a file (multipart), so that the role check, not a missing part, decides. */
    private static final Set<String> MULTIPART =
            Set.of("POST /massvaccination/{id}/import", "POST /massvaccination/{id}/desk/photo", "POST /admin/batches");

    private static final Map<Role, Visitor> VISITORS = new EnumMap<>(Role.class);

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theTableCoversEveryStateChangingEndpoint() {
        Set<String> found = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getMethodsCondition().getMethods().stream()
                        .filter(m -> m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS)
                        .flatMap(m -> info.getPatternValues().stream().map(p -> m + " " + p)))
                // the simulators stand in for the registers in the default run and tests; they are not the module
                .filter(endpoint -> !endpoint.contains(" /simulator/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(found).containsExactlyInAnyOrderElementsOf(TABLE.keySet());
    }

    static Stream<Arguments> table() {
        return TABLE.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .flatMap(e -> Stream.of(Role.values())
                        .map(role -> Arguments.of(e.getKey(), role, allowed(e.getValue(), role))));
    }

    private static boolean allowed(char who, Role role) {
        return switch (who) {
            case 'D' -> role == Role.JGZ_PROFESSIONAL || role == Role.JGZ_ASSISTANT;
            case 'P' -> role == Role.JGZ_PROFESSIONAL;
            case 'A' -> role == Role.ADMIN;
            default -> false;
        };
    }

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @MethodSource("table")
    void eachRoleMayDoOnlyWhatItsJobNeeds(String endpoint, Role role, boolean allowed) {
        Visitor visitor = visitor(role);
        visitor.get("/queue");
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{id}", endpoint.contains("/admin/") || endpoint.contains("/queue/") ? idFor(endpoint) : ID)
                .replace("{dossierId}", ID)
                .replace("{lineId}", ID2)
                .replace("{scanId}", ID2)
                .replace("{importId}", ID2)
                .replace("{vaccineType}", "11")
                .replace("{typeCode}", "ZZ");
        HttpResponse<String> response = MULTIPART.contains(endpoint)
                ? visitor.postMultipart(
                        path, Map.of(), "file", "x.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8))
                : visitor.post(path, Map.of());
        if (allowed) {
            assertThat(response.statusCode()).as(endpoint + " as " + role).isNotIn(401, 403);
        } else {
            assertThat(response.statusCode())
                    .as(endpoint + " as " + role)
                    .isIn(endpoint.contains("/praeventis/") ? List.of(401, 403) : List.of(403));
        }
    }

    private static String idFor(String endpoint) {
        return endpoint.contains("/queue/") ? ID : "987654";
    }

    private Visitor visitor(Role role) {
        return VISITORS.computeIfAbsent(role, r -> {
            Visitor visitor = new Visitor(port);
            String user = switch (r) {
                case JGZ_PROFESSIONAL -> "arts";
                case JGZ_ASSISTANT -> "assistent";
                case ADMIN -> "beheerder";
            };
            assertThat(Visitor.location(visitor.login(user, DEMO_PASSWORD))).isEqualTo("/");
            return visitor;
        });
    }
}
