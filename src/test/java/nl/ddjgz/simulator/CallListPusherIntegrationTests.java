package nl.ddjgz.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.praeventis.CallLists;
import nl.ddjgz.praeventis.hl7.OfficialNictiz;
import nl.ddjgz.praeventis.hl7.Soap;
import nl.ddjgz.shared.Bsn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The simulated register sends a call list for a campaign (a birth cohort, one vaccine type) to the module's endpoint:
 * what it sends passes the official Nictiz rules, and the module stores it with every child and the campaign's name.
 */
@IntegrationTest
class CallListPusherIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    CallListPusher pusher;

    @Autowired
    CallLists callLists;

    @Autowired
    JdbcTemplate jdbc;

    private final int cohort = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear() - 10;

    @Test
    void theCallListTheSimulatorSendsPassesTheOfficialRules() {
        OfficialNictiz.assumeAvailable();

        CallListPusher.Written list = pusher.callList(new CallListPusher.Campaign(cohort, "09", 3));

        OfficialNictiz.assertConforms(list.xml(), "simulator call list REPC_IN002160NL");
        assertThat(list.children()).isGreaterThan(3);
    }

    @Test
    void aPushedCallListIsStoredWithItsCampaignAndEveryChild() {
        int demoChildren = jdbc.queryForObject(
                "select count(*) from child_dossier where bsn is not null and extract(year from birth_date) = ?",
                Integer.class,
                cohort);

        CallListPusher.Delivery delivery = pusher.push(new CallListPusher.Campaign(cohort, "09", 2));

        assertThat(delivery.accepted()).isTrue();
        assertThat(delivery.children()).isGreaterThanOrEqualTo(demoChildren + 2);
        CallLists.ReceivedList stored = callLists.lists().get(0);
        assertThat(stored.children()).isEqualTo(delivery.children());
        assertThat(stored.campaign()).isEqualTo("HPV-campagne cohort " + cohort);
        assertThat(stored.vaccineTypes()).containsExactly("09");
        assertThat(callLists.children(stored.id()))
                .allSatisfy(c -> assertThat(c.birthDate().getYear()).isEqualTo(cohort))
                .allSatisfy(c -> assertThat(Bsn.isValid(c.bsn())).isTrue());
        if (OfficialNictiz.available()) {
            OfficialNictiz.assertConforms(
                    Soap.body(delivery.acknowledgement().getBytes(StandardCharsets.UTF_8)),
                    "our CA to the simulator's call list");
        }
    }

    @Test
    void theSimulatorEndpointSendsTheListAndAnswersWithTheCount() {
        int before = callLists.lists().size();

        HttpResponse<String> answer = new Visitor(port)
                .postRaw(
                        "/simulator/praeventis/push-call-list",
                        java.util.Map.of("birthYear", String.valueOf(cohort), "withoutDossier", "1"));

        assertThat(answer.body()).contains("\"accepted\":true");
        assertThat(callLists.lists()).hasSize(before + 1);
    }

    @Test
    void fictitiousBsnsPassTheElfproef() {
        Random random = new Random(15);
        for (int i = 0; i < 200; i++) {
            assertThat(Bsn.isValid(CallListPusher.fictitiousBsn(random))).isTrue();
        }
    }
}
