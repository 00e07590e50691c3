package nl.ddjgz.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The metrics scraper and the register are machine accounts of their own, not people: only the scraper's account
 * scrapes {@code /actuator/prometheus} (no staff role, administrator included), only the register's account pushes to
 * {@code /praeventis/**}, and neither machine account opens a page or logs in on the login form.
 */
@IntegrationTest
class MachineAccountsIntegrationTests {

    private static final String STAFF_PASSWORD = "demo-wachtwoord";

    @LocalServerPort
    int port;

    @Test
    void onlyTheScrapersAccountReadsTheMetrics() {
        HttpResponse<String> scraped =
                new Visitor(port).getWithBasic("/actuator/prometheus", "prometheus", "demo-metrics");
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("ddjgz_registry_queue_depth");

        for (String staff : List.of("beheerder", "arts", "verpleegkundige", "assistent")) {
            assertThat(new Visitor(port)
                            .getWithBasic("/actuator/prometheus", staff, STAFF_PASSWORD)
                            .statusCode())
                    .as("staff user %s", staff)
                    .isEqualTo(401);
        }
        assertThat(new Visitor(port)
                        .getWithBasic("/actuator/prometheus", "praeventis", "demo-praeventis")
                        .statusCode())
                .as("the register's account")
                .isEqualTo(401);
        assertThat(new Visitor(port)
                        .getWithBasic("/actuator/prometheus", "prometheus", "a-wrong-password")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void staffAndTheScraperCannotUseTheRegistersEndpoint() {
        for (String[] login : List.of(
                new String[] {"beheerder", STAFF_PASSWORD},
                new String[] {"arts", STAFF_PASSWORD},
                new String[] {"prometheus", "demo-metrics"})) {
            HttpResponse<String> answer = new Visitor(port)
                    .postBytes("/praeventis/batch-list", "text/xml", "no xml".getBytes(), login[0], login[1]);
            assertThat(answer.statusCode()).as("login %s", login[0]).isEqualTo(401);
            assertThat(answer.body()).doesNotContain("MCCI_IN000002");
        }
        assertThat(new Visitor(port)
                        .postBytes(
                                "/praeventis/batch-list",
                                "text/xml",
                                "no xml".getBytes(),
                                "praeventis",
                                "demo-praeventis")
                        .body())
                .contains("MCCI_IN000002");
    }

    @Test
    void machineAccountsOpenNoPage() {
        for (String[] login :
                List.of(new String[] {"prometheus", "demo-metrics"}, new String[] {"praeventis", "demo-praeventis"})) {
            Visitor machine = new Visitor(port);
            assertThat(Visitor.location(machine.login(login[0], login[1])))
                    .as("form login of %s", login[0])
                    .isEqualTo("/login?error=bad");
            HttpResponse<String> page = machine.getWithBasic("/dossiers", login[0], login[1]);
            assertThat(page.statusCode())
                    .as("page with HTTP Basic of %s", login[0])
                    .isEqualTo(302);
            assertThat(Visitor.location(page)).isEqualTo("/login");
        }
        Visitor arts = new Visitor(port);
        assertThat(Visitor.location(arts.login("arts", STAFF_PASSWORD))).isEqualTo("/");
        arts.get("/recall");
        assertThat(arts.post("/recall", Map.of("batchNumber", "CX241A")).statusCode())
                .isEqualTo(200);
    }
}
