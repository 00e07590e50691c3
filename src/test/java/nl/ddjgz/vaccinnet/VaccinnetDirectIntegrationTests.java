package nl.ddjgz.vaccinnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.registry.Deliveries;
import nl.ddjgz.registry.Dispatcher;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.Registrations;
import nl.ddjgz.registry.RegistryMessage;
import nl.ddjgz.registry.UnsendableRegistrationException;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.simulator.Faults;
import nl.ddjgz.simulator.vaccinnet.RegistratieSimulator;
import nl.ddjgz.vaccinnet.kmehr.KmehrReader;
import nl.ddjgz.vaccinnet.ws.GetVaccinations;
import nl.ddjgz.vaccinnet.ws.GetVaccinationsReply;
import nl.ddjgz.vaccinnet.ws.RegistratieXml;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery to Vaccinnet's RegistratieService end to end: approval (the outbox), dispatcher nodes started here, the
 * adapter over HTTP, the simulator of the test context. The organisation reports to VACCINNET_DIRECT during each test.
 */
@IntegrationTest
class VaccinnetDirectIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** The CNK codes of vaccine types 11 (Hexyon) and 04 (M-M-RvaxPro) in the shipped codes table. */
    private static final String HEXAVALENT_CNK = "3187011";

    private static final String MMR_CNK = "3187052";

    @Autowired
    Outbox outbox;

    @Autowired
    RegistratieSimulator registry;

    @Autowired
    @Qualifier("vaccinnetRegistratieFaults")
    Faults faults;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MessageSource messages;

    @Autowired
    RegistratieClient client;

    @RegisterExtension
    final Deliveries deliveries = Deliveries.reportingTo("VACCINNET_DIRECT");

    private int nodes;

    @AfterEach
    void restore() {
        deliveries.stopNodes();
        faults.clear();
        registry.reset();
    }

    @Test
    void anAcceptedRegistrationKeepsTheVaccinationIdTheRegistryHolds() {
        OutgoingRegistration registration = Registrations.belgian();
        RegistryMessage message = deliveries.queue(registration);
        start(4);

        awaitState(message, "ACKNOWLEDGED");
        List<RegistratieSimulator.Stored> held = registry.holding(insz(registration));
        assertThat(held).hasSize(1);
        Map<String, Object> row = row(message);
        assertThat(row.get("remote_id")).isEqualTo(held.get(0).vaccinationId());
        assertThat(row.get("ack_code")).isEqualTo("OK");
        assertThat(row.get("registry")).isEqualTo("VACCINNET_DIRECT");
        assertThat(outbox.canRetract(registration.contactMomentId())).isTrue();
        // and the registry gives it back when asked
        GetVaccinationsReply reply = client.get(RegistratieXml.writeGetVaccinations(new GetVaccinations(
                        "ddjgz_vaccinatie_kgtest",
                        insz(registration),
                        registration.contactMoment().date())))
                .reply();
        assertThat(reply.vaccinations()).singleElement().satisfies(v -> {
            assertThat(v.vaccinationId()).isEqualTo(held.get(0).vaccinationId());
            assertThat(new KmehrReader()
                            .read(v.kmehrMessage())
                            .folders()
                            .get(0)
                            .transactions()
                            .get(0)
                            .id())
                    .isEqualTo(message.getMessageId() + "-1");
        });
    }

    @Test
    void aServiceUnavailableIsRetriedAndThenStored() {
        registry.failWithSoapFault(false);
        faults.failNext(1);

        assertSentAgainAndStoredOnce("RETRYABLE 503");
    }

    @Test
    void aSoapServerFaultIsRetriedAndThenStored() {
        faults.failNext(1);

        assertSentAgainAndStoredOnce("RETRYABLE 500");
    }

    @Test
    void aLostAnswerIsSentAgainAndTheRegistryHoldsItOnce() {
        faults.loseAcknowledgements(1);
        OutgoingRegistration registration = Registrations.belgian();
        RegistryMessage message = deliveries.queue(registration);
        start(1);

        awaitState(message, "ACKNOWLEDGED");
        assertThat(attempts(message)).hasSize(2).first().asString().startsWith("RETRYABLE");
        List<RegistratieSimulator.Stored> held = registry.holding(insz(registration));
        assertThat(held).hasSize(1);
        assertThat(row(message).get("remote_id")).isEqualTo(held.get(0).vaccinationId());
    }

    @Test
    void anUnknownChildGoesToAPersonWithTheRegistrysText() {
        OutgoingRegistration registration = Registrations.belgian();
        registry.unknownPerson(insz(registration));
        RegistryMessage message = deliveries.queue(registration);
        start(1);

        awaitState(message, "NEEDS_ACTION");
        Map<String, Object> row = row(message);
        assertThat(row.get("ack_code")).isEqualTo("ZORGVRAGER_ONBEKEND");
        assertThat((String) row.get("ack_text"))
                .startsWith("ZORGVRAGER_ONBEKEND: Zorgvrager niet teruggevonden: het INSZ is onbekend");
        assertThat(outbox.needingAttention())
                .anySatisfy(w -> assertThat(w.message().getId()).isEqualTo(message.getId()));
        assertThat(registry.holding(insz(registration))).isEmpty();
    }

    @Test
    void anInvalidSoftwareIdIsRefusedAtApprovalAndNothingIsQueued() {
        OutgoingRegistration registration = withSoftwareId(Registrations.belgian(), "Kind en Gezin (test)");

        assertThatThrownBy(() -> deliveries.queue(registration))
                .isInstanceOfSatisfying(
                        UnsendableRegistrationException.class,
                        e -> assertThat(messages.getMessage(e.messageKey(), e.args(), Locale.forLanguageTag("nl")))
                                .startsWith("Het software-ID voor Vaccinnet is ongeldig (hoogstens 50 tekens"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from registry_message where contact_moment_id = ?",
                        Long.class,
                        registration.contactMomentId()))
                .isZero();
    }

    @Test
    void aCorrectionAfterAcceptanceRemovesTheOldVaccinationThenAddsTheNewOne() {
        OutgoingRegistration first = Registrations.belgian();
        RegistryMessage accepted = deliveries.queue(first);
        Dispatcher node = start(1);
        awaitState(accepted, "ACKNOWLEDGED");
        String oldId = (String) row(accepted).get("remote_id");
        node.stop();

        // ContactMoments.correct: the accepted registration is taken back; the new approval queues it again
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        Boolean retracted = tx.execute(s -> outbox.retract(first.contactMomentId(), "arts"));
        assertThat(retracted).isTrue();
        OutgoingRegistration corrected = withLot(first, "VX999Z");
        RegistryMessage again = deliveries.queue(corrected);
        start(1);

        awaitState(again, "ACKNOWLEDGED");
        assertThat(row(accepted).get("state")).isEqualTo("RETRACTED");
        Map<String, Object> retraction =
                jdbc.queryForMap("select state, payload from registry_message where retracts = ?", accepted.getId());
        assertThat(retraction.get("state")).isEqualTo("ACKNOWLEDGED");
        assertThat((String) retraction.get("payload"))
                .contains("RemoveVaccination")
                .contains(oldId);
        List<RegistratieSimulator.Stored> held = registry.holding(insz(first));
        assertThat(held).singleElement().satisfies(s -> {
            assertThat(s.vaccinationId()).isEqualTo(row(again).get("remote_id"));
            assertThat(new String(s.kmehr(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("VX999Z");
        });
        RegistratieSimulator.Stored removed = registry.history(insz(first)).stream()
                .filter(s -> s.vaccinationId().equals(oldId))
                .findFirst()
                .orElseThrow();
        assertThat(removed.removed()).isTrue();
        assertThat(removed.removedAt()).isBeforeOrEqualTo(held.get(0).storedAt());
    }

    @Test
    void aPartlyAcceptedRegistrationKeepsWhatWasStoredSoThatItsCorrectionRemovesIt() {
        OutgoingRegistration twoVaccines = withSecondVaccine(Registrations.belgian(), "04", "BMR");
        registry.unknownProduct(MMR_CNK);
        RegistryMessage partly = deliveries.queue(twoVaccines);
        Dispatcher node = start(1);
        awaitState(partly, "NEEDS_ACTION");
        node.stop();
        Map<String, Object> row = row(partly);
        List<RegistratieSimulator.Stored> held = registry.holding(insz(twoVaccines));
        assertThat(held).singleElement().satisfies(s -> assertThat(s.cnks()).containsExactly(HEXAVALENT_CNK));
        assertThat(row.get("remote_id")).isEqualTo(held.get(0).vaccinationId());
        assertThat(row.get("ack_code")).isEqualTo("PRODUCT_ONBEKEND");
        assertThat((String) row.get("ack_text"))
                .isEqualTo("1 vaccinatie(s) geregistreerd; vaccinatie 2: PRODUCT_ONBEKEND: Onbekend product: CNK-code "
                        + MMR_CNK + " is niet gekend.");
        assertThat(outbox.canRetract(twoVaccines.contactMomentId())).isTrue();

        // the registry's product list is fixed; the person corrects the registration
        registry.reset();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        Boolean retracted = tx.execute(s -> outbox.retract(twoVaccines.contactMomentId(), "arts"));
        assertThat(retracted).isTrue();
        RegistryMessage again = deliveries.queue(twoVaccines);
        start(1);

        awaitState(again, "ACKNOWLEDGED");
        assertThat(row(partly).get("state")).isEqualTo("RETRACTED");
        List<RegistratieSimulator.Stored> now = registry.holding(insz(twoVaccines));
        assertThat(now).extracting(s -> s.cnks().get(0)).containsExactly(HEXAVALENT_CNK, MMR_CNK);
        assertThat(now)
                .extracting(RegistratieSimulator.Stored::vaccinationId)
                .doesNotContain(held.get(0).vaccinationId());
        assertThat(String.join(
                        ",",
                        now.stream()
                                .map(RegistratieSimulator.Stored::vaccinationId)
                                .toList()))
                .isEqualTo(row(again).get("remote_id"));
    }

    // helpers

    private Dispatcher start(int parallelism) {
        return deliveries.start("direct-" + nodes++, parallelism, 5);
    }

    private Map<String, Object> row(RegistryMessage message) {
        return jdbc.queryForMap(
                "select state, registry, attempts, ack_code, ack_text, remote_id from registry_message where id = ?",
                message.getId());
    }

    private List<String> attempts(RegistryMessage message) {
        return jdbc.queryForList(
                "select outcome || ' ' || coalesce(http_status, 0) from registry_attempt where message = ?"
                        + " order by started_at, finished_at",
                String.class,
                message.getId());
    }

    /** One registration queued and delivered by one node: the first attempt as given, the second stored. */
    private void assertSentAgainAndStoredOnce(String firstAttempt) {
        OutgoingRegistration registration = Registrations.belgian();
        RegistryMessage message = deliveries.queue(registration);
        start(1);

        awaitState(message, "ACKNOWLEDGED");
        assertThat(attempts(message)).containsExactly(firstAttempt, "ACCEPTED 200");
        assertThat(registry.holding(insz(registration))).hasSize(1);
    }

    private void awaitState(RegistryMessage message, String state) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(row(message).get("state")).isEqualTo(state));
    }

    private static Insz insz(OutgoingRegistration registration) {
        return Insz.of(registration.child().insz());
    }

    private static OutgoingRegistration withSoftwareId(OutgoingRegistration r, String softwareId) {
        OutgoingRegistration.Organisation o = r.organisation();
        return new OutgoingRegistration(
                r.contactMomentId(),
                r.dossierId(),
                r.dossierNumber(),
                r.disclosure(),
                r.child(),
                new OutgoingRegistration.Organisation(
                        o.name(), o.ura(), o.agb(), o.city(), o.serverCertificate(), o.ehealthId(), softwareId),
                r.contactMoment(),
                r.items(),
                r.approvedBy());
    }

    private static OutgoingRegistration withSecondVaccine(OutgoingRegistration r, String typeCode, String name) {
        OutgoingRegistration.Item first = r.items().get(0);
        return new OutgoingRegistration(
                r.contactMomentId(),
                r.dossierId(),
                r.dossierNumber(),
                r.disclosure(),
                r.child(),
                r.organisation(),
                r.contactMoment(),
                List.of(first, new OutgoingRegistration.Item(typeCode, typeCode, name, first.date(), "MMR123", null)),
                r.approvedBy());
    }

    /** The same contact moment, corrected: another lot number. */
    private static OutgoingRegistration withLot(OutgoingRegistration r, String lot) {
        return new OutgoingRegistration(
                r.contactMomentId(),
                r.dossierId(),
                r.dossierNumber(),
                r.disclosure(),
                r.child(),
                r.organisation(),
                r.contactMoment(),
                r.items().stream()
                        .map(i -> new OutgoingRegistration.Item(
                                i.vaccineTypeCode(),
                                i.w0422Code(),
                                i.vaccineName(),
                                i.date(),
                                lot,
                                i.objectionReason()))
                        .toList(),
                r.approvedBy());
    }
}
