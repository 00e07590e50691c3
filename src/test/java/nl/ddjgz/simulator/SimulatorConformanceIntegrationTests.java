package nl.ddjgz.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.praeventis.PraeventisRegister;
import nl.ddjgz.praeventis.hl7.OfficialNictiz;
import nl.ddjgz.praeventis.hl7.Soap;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.Registrations;
import nl.ddjgz.registry.RegistryAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The simulated register answers only with what the OFFICIAL Nictiz JGZ 7.1 rules allow (accept acknowledgements CA,
 * CE and CR; the batch list it pushes), and the module's own answer to a pushed batch list (MCCI_IN000002 CA or CR)
 * passes them too. Messages travel over HTTP as in a default run.
 */
@IntegrationTest
class SimulatorConformanceIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    List<RegistryAdapter> adapters;

    @Autowired
    BatchListPusher pusher;

    @Autowired
    Faults faults;

    @BeforeEach
    void official() {
        OfficialNictiz.assumeAvailable();
    }

    @AfterEach
    void clear() {
        faults.clear();
    }

    private byte[] registration(OutgoingRegistration registration) {
        RegistryAdapter praeventis = adapters.stream()
                .filter(a -> a.registry().equals(PraeventisRegister.PRAEVENTIS))
                .findFirst()
                .orElseThrow();
        String xml = praeventis.compose(registration, "VAC-" + System.nanoTime(), java.time.Instant.now());
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] post(String path, byte[] message, String user, String password) {
        HttpResponse<String> answer =
                new Visitor(port).postBytes(path, "text/xml", Soap.envelope(message), user, password);
        assertThat(answer.statusCode()).isEqualTo(200);
        return Soap.body(answer.body().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSimulatorsAcknowledgementsPassTheOfficialRules() {
        OutgoingRegistration accepted = Registrations.withBsn();
        byte[] ca = post("/simulator/praeventis", registration(accepted), null, null);
        assertThat(new String(ca, StandardCharsets.UTF_8)).contains("typeCode=\"CA\"");
        OfficialNictiz.assertConforms(ca, "the simulator's CA");

        OutgoingRegistration unknown = Registrations.withBsn();
        faults.errorFor(unknown.child().bsn());
        byte[] ce = post("/simulator/praeventis", registration(unknown), null, null);
        assertThat(new String(ce, StandardCharsets.UTF_8)).contains("typeCode=\"CE\"");
        OfficialNictiz.assertConforms(ce, "the simulator's CE");

        byte[] broken = new String(registration(Registrations.withBsn()), StandardCharsets.UTF_8)
                .replace("<effectiveTime", "<effectiveTimeX")
                .replace("</effectiveTime>", "</effectiveTimeX>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] cr = post("/simulator/praeventis", broken, null, null);
        assertThat(new String(cr, StandardCharsets.UTF_8)).contains("typeCode=\"CR\"");
        OfficialNictiz.assertConforms(cr, "the simulator's CR");

        // the register's own reading refuses a child whose BSN is under another root, with its reason
        OutgoingRegistration wrongRoot = Registrations.withBsn();
        String bsnId = "root=\"2.16.840.1.113883.2.4.6.3\" extension=\""
                + wrongRoot.child().bsn() + "\"";
        String xml = new String(registration(wrongRoot), StandardCharsets.UTF_8);
        int payload = xml.indexOf("<patient ");
        byte[] notABsn = (xml.substring(0, payload)
                        + xml.substring(payload).replaceFirst(bsnId, bsnId.replace("4.6.3", "4.6.6")))
                .getBytes(StandardCharsets.UTF_8);
        byte[] refused = post("/simulator/praeventis", notABsn, null, null);
        assertThat(new String(refused, StandardCharsets.UTF_8))
                .contains("typeCode=\"CR\"")
                .contains("BSN-OID: het kind heeft geen BSN")
                .doesNotContain(wrongRoot.child().bsn());
        OfficialNictiz.assertConforms(refused, "the simulator's CR to a child without BSN");
    }

    @Test
    void theBatchListTheSimulatorPushesAndOurAnswersPassTheOfficialRules() {
        byte[] list = pusher.todaysList();
        OfficialNictiz.assertConforms(list, "the simulator's batch list");

        byte[] ca = post("/praeventis/batch-list", list, "praeventis", "demo-praeventis");
        assertThat(new String(ca, StandardCharsets.UTF_8)).contains("typeCode=\"CA\"");
        OfficialNictiz.assertConforms(ca, "our CA to a batch list");

        byte[] invalid = new String(list, StandardCharsets.UTF_8)
                .replaceFirst("<kindOfMaterialKind classCode=\"MAT\"", "<kindOfMaterialKind classCode=\"XYZ\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] cr = post("/praeventis/batch-list", invalid, "praeventis", "demo-praeventis");
        assertThat(new String(cr, StandardCharsets.UTF_8)).contains("typeCode=\"CR\"");
        OfficialNictiz.assertConforms(cr, "our CR to a batch list");
    }
}
