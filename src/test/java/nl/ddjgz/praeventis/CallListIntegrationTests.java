package nl.ddjgz.praeventis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.praeventis.hl7.OfficialNictiz;
import nl.ddjgz.praeventis.hl7.Soap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Praeventis sends a vaccination call list (REPC_IN002160NL) on the batch list's channel: an official form is stored
 * once with every child and answered CA; a malformed one gets a CR with the reasons and changes nothing; only the
 * register may send one. Our answers pass the official rules.
 */
@IntegrationTest
class CallListIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    CallLists callLists;

    @Autowired
    JdbcTemplate jdbc;

    static byte[] form(String name) {
        try (InputStream in = CallListIntegrationTests.class.getResourceAsStream("/hl7/official-forms/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(byte[] message, String password) {
        return new Visitor(port)
                .postBytes("/praeventis/call-list", "text/xml", Soap.envelope(message), "praeventis", password);
    }

    private int lists() {
        return jdbc.queryForObject("select count(*) from call_list", Integer.class);
    }

    @Test
    void anOfficialCallListIsStoredOnceWithEveryChildAndAcknowledged() {
        int before = lists();

        HttpResponse<String> answer = send(form("REPC_IN002160NL-maximal.xml"), "demo-praeventis");
        HttpResponse<String> again = send(form("REPC_IN002160NL-maximal.xml"), "demo-praeventis");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("MCCI_IN000002").contains("typeCode=\"CA\"");
        assertThat(again.body()).as("a re-sent list is acknowledged again").contains("typeCode=\"CA\"");
        assertThat(lists()).as("and stored once").isEqualTo(before + 1);
        CallLists.ReceivedList list = callLists.lists().get(0);
        assertThat(list.children()).isEqualTo(3);
        assertThat(callLists.children(list.id())).hasSize(3).allSatisfy(child -> {
            assertThat(child.familyName()).isNotBlank();
            assertThat(child.birthDate()).isNotNull();
            assertThat(child.vaccineTypes()).isNotEmpty();
        });
        if (OfficialNictiz.available()) {
            OfficialNictiz.assertConforms(
                    Soap.body(answer.body().getBytes(StandardCharsets.UTF_8)), "our CA to a call list");
        }
    }

    @Test
    void aMalformedCallListGetsACrWithTheReasonAndChangesNothing() {
        int before = lists();
        byte[] broken = new String(form("REPC_IN002160NL-minimal.xml"), StandardCharsets.UTF_8)
                .replace("<birthTime value=\"20160514\"/>", "<birthTime value=\"20161340\"/>")
                .replace("OPRL-20250401-0004", "OPRL-BROKEN-1")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = send(broken, "demo-praeventis");

        assertThat(answer.body()).contains("typeCode=\"CR\"").contains("birth date");
        assertThat(lists()).isEqualTo(before);
        if (OfficialNictiz.available()) {
            OfficialNictiz.assertConforms(
                    Soap.body(answer.body().getBytes(StandardCharsets.UTF_8)), "our CR to a call list");
        }
    }

    @Test
    void aListForACampaignWeDoNotKnowIsAcceptedAndStoredOnceWithoutACampaignName() {
        // the official structure has no campaign id: a list without a campaign we know is a well-formed message (CA)
        int before = lists();
        byte[] unknownCampaign = new String(form("REPC_IN002160NL-minimal.xml"), StandardCharsets.UTF_8)
                .replace("OPRL-20250401-0004", "OPRL-UNKNOWN-CAMPAIGN-" + System.nanoTime())
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = send(unknownCampaign, "demo-praeventis");
        HttpResponse<String> again = send(unknownCampaign, "demo-praeventis");

        assertThat(answer.body()).contains("typeCode=\"CA\"");
        assertThat(again.body()).contains("typeCode=\"CA\"");
        assertThat(lists()).isEqualTo(before + 1);
        CallLists.ReceivedList list = callLists.lists().get(0);
        assertThat(list.campaign()).isNull();
        assertThat(list.vaccineTypes()).containsExactly("09");
        assertThat(list.children()).isEqualTo(1);
    }

    @Test
    void theCampaignsNameIsKeptFromTheControlActsText() {
        send(
                new String(form("REPC_IN002160NL-maximal.xml"), StandardCharsets.UTF_8)
                        .replace("OPRL-20250401-0003", "OPRL-CAMPAIGN-" + System.nanoTime())
                        .getBytes(StandardCharsets.UTF_8),
                "demo-praeventis");

        assertThat(callLists.lists())
                .anySatisfy(l -> assertThat(l.campaign())
                        .isEqualTo("Oproeplijst campagne voorjaar 2025, GGD Regio Utrecht-West"));
    }

    @Test
    void onlyTheRegisterMaySendACallList() {
        int before = lists();

        assertThat(send(form("REPC_IN002160NL-minimal.xml"), "wrong").statusCode())
                .isEqualTo(401);
        assertThat(lists()).isEqualTo(before);
    }
}
