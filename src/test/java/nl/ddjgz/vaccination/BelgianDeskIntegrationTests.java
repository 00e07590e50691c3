package nl.ddjgz.vaccination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.organisation.RegisterSwitch;
import nl.ddjgz.registry.Dispatcher;
import nl.ddjgz.registry.TestNodes;
import nl.ddjgz.security.Role;
import nl.ddjgz.security.UserAccounts;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.Inszs;
import nl.ddjgz.simulator.vaccicard.SimulatedVaccicard;
import nl.ddjgz.simulator.vaccinnet.BatchUploadSimulator;
import nl.ddjgz.simulator.vaccinnet.RegistratieSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The consultation desk of an organisation that reports to a Belgian register: the pages speak of the INSZ and the
 * register, not of the BSN, RIVM's form or RIVM's consent.
 */
@IntegrationTest
class BelgianDeskIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    OrganisationSettings organisation;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SimulatedVaccicard vaccicard;

    @Autowired
    RegistratieSimulator registratie;

    @Autowired
    BatchUploadSimulator batchUpload;

    @Autowired
    UserAccounts users;

    private final List<Dispatcher> nodes = new ArrayList<>();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private RegisterSwitch register;

    private nl.ddjgz.organisation.SendWindow window;

    @BeforeEach
    void reportToVaccinnet() {
        register = RegisterSwitch.remember(organisation).to("VACCINNET_BATCH");
        // these tests are about the register, not the send window: an approved message is due at once
        window = organisation.sendWindow();
        organisation.updateSendWindow(new nl.ddjgz.organisation.SendWindow(0));
    }

    @AfterEach
    void restore() {
        nodes.forEach(Dispatcher::stop);
        register.restore();
        organisation.updateSendWindow(window);
    }

    @Test
    void aChildWithAnInszAndNoBsnIsNotSentToTheRivmForm() {
        ChildDossier child = dossiers.open(Children.belgian(today.minusMonths(4)));
        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");

        String dossier = nurse.get("/dossiers/" + child.getId()).body();
        assertThat(dossier).contains(child.getInsz().formatted());
        assertThat(dossier)
                .doesNotContain("Geen BSN")
                .doesNotContain("RIVM-formulier")
                .doesNotContain("id=\"bsn\"");
        assertThat(dossier).doesNotContain("Vaccinatiestatus opvragen bij Praeventis");
        assertThat(dossier)
                .as("no RIVM consent card")
                .doesNotContain("Toestemming uitwisseling gegevens met RIVM")
                .doesNotContain("berichten aan Praeventis")
                .doesNotContain("Adres (BRP)");

        HttpResponse<String> started = nurse.post(
                "/dossiers/" + child.getId() + "/contactmoments",
                Map.of("activity", "ON_INDICATION", "date", today.toString()));
        String moment = Visitor.location(started);
        nurse.post(moment + "/lines", Map.of("vaccineType", "11"));
        String page = nurse.get(moment).body();
        assertThat(page).doesNotContain("RIVM-formulier").doesNotContain("id=\"no-insz\"");
        assertThat(page)
                .as("a draft offers no Praeventis status query")
                .doesNotContain("Vaccinatiestatus bij Praeventis")
                .doesNotContain("id=\"status-query\"")
                .doesNotContain("praeventis-status");
        assertThat(nurse.get(moment + "/review").body())
                .contains("Naar Vaccinnet")
                .doesNotContain("geen BSN");
    }

    @Test
    void aChildWithoutInszIsFlaggedBeforeAnyoneTriesToApprove() {
        ChildDossier child = dossiers.open(Children.born(today.minusMonths(4)));
        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");

        assertThat(nurse.get("/dossiers/" + child.getId()).body())
                .contains("Geen INSZ: vaccinaties kunnen niet naar Vaccinnet.");

        String moment = Visitor.location(nurse.post(
                "/dossiers/" + child.getId() + "/contactmoments",
                Map.of("activity", "ON_INDICATION", "date", today.toString())));
        nurse.post(moment + "/lines", Map.of("vaccineType", "11"));
        assertThat(nurse.get(moment).body())
                .contains("Dit kind heeft geen INSZ: Vaccinnet kan deze vaccinaties niet registreren.");
        assertThat(nurse.get(moment + "/review").body()).contains("Nee: geen INSZ, eerst invullen in het dossier");
    }

    /**
     * The whole desk flow for a register that answers at once: approve, delivered and accepted, then a correction
     * after acceptance takes the registration back at the register, and the new approval registers it again.
     */
    @ParameterizedTest
    @ValueSource(strings = {"VACCICARD", "VACCINNET_DIRECT"})
    void aVaccinationApprovedAtTheDeskIsAcceptedAndCanStillBeCorrected(String registry) {
        register.to(registry);
        String name = registry.equals("VACCICARD") ? "Vaccicard" : "Vaccinnet";
        ChildDossier child = dossiers.open(Children.belgian(today.minusMonths(4)));
        Visitor doctor = doctor();
        String moment = momentWithHexavalentLot(doctor, child);
        UUID momentId = momentId(moment);

        approve(doctor, moment);
        assertThat(liveMessage(momentId)).containsEntry("registry", registry).containsEntry("state", "QUEUED");

        start();
        awaitLive(momentId, "ACKNOWLEDGED");
        assertThat(held(registry, child.getInsz())).isEqualTo(1);
        String accepted = doctor.get(moment).body();
        assertThat(accepted)
                .contains(name + " heeft de registratie bevestigd.")
                .contains(name + " heeft deze registratie aanvaard. Corrigeren of intrekken kan nog")
                .contains("id=\"correct\"")
                .doesNotContain("bel dan RIVM");

        doctor.post(moment + "/correct", Map.of());
        assertThat(jdbc.queryForObject(
                        "select count(*) from registry_message where contact_moment_id = ? and state = 'RETRACTED'",
                        Long.class,
                        momentId))
                .isOne();
        approve(doctor, moment);

        awaitLive(momentId, "ACKNOWLEDGED");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "select state from registry_message where contact_moment_id = ?"
                                        + " and operation = 'RETRACT'",
                                String.class,
                                momentId))
                        .containsExactly("ACKNOWLEDGED"));
        // the register holds the new registration only
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(held(registry, child.getInsz())).isEqualTo(1));
        assertThat(doctor.get(moment).body()).contains(name + " heeft de registratie bevestigd.");
    }

    /**
     * Vaccinnet BatchUpload processes later: the page says the upload waits for the registry's processing run, then
     * that Vaccinnet confirmed it; a correction goes through Vaccinnet's web application.
     */
    @Test
    void aVaccinationUploadedInABatchIsConfirmedAfterTheRegistrysProcessingRun() {
        ChildDossier child = dossiers.open(Children.belgian(today.minusMonths(4)));
        Visitor doctor = doctor();
        String moment = momentWithHexavalentLot(doctor, child);
        UUID momentId = momentId(moment);
        approve(doctor, moment);

        start();
        awaitLive(momentId, "SUBMITTED");
        assertThat(doctor.get(moment).body())
                .contains("Vaccinnet heeft het bericht ontvangen en verwerkt het bij de volgende verwerkingsronde")
                .doesNotContain("id=\"correct\"");

        batchUpload.process();
        awaitLive(momentId, "ACKNOWLEDGED");
        assertThat(doctor.get(moment).body())
                .contains("Vaccinnet heeft de registratie bevestigd.")
                .contains("corrigeer het dan in de webtoepassing van Vaccinnet")
                .doesNotContain("id=\"correct\"")
                .doesNotContain("bel dan RIVM");
    }

    /** What the register cannot take is refused at approval, in the user's words, and nothing is stored or queued. */
    @Test
    void anApprovalTheRegisterCannotTakeIsRefusedOnTheReviewPageAndNothingIsQueued() {
        register.to("VACCICARD");
        ChildDossier withoutInsz = dossiers.open(Children.born(today.minusMonths(4)));
        Visitor doctor = doctor();
        String moment = momentWithDktpLine(doctor, withoutInsz);

        approve(doctor, moment, moment + "/review");
        assertThat(doctor.get(moment + "/review").body())
                .contains("Dit kind heeft geen (geldig) INSZ: het Belgische register kan de vaccinatie niet aannemen.");

        String username = "arts" + UUID.randomUUID().toString().substring(0, 8);
        users.create(username, "Dr. Z. Nummer", "demo-wachtwoord-1", Role.JGZ_PROFESSIONAL);
        ChildDossier belgian = dossiers.open(Children.belgian(today.minusMonths(4)));
        Visitor withoutNihii = new Visitor(port);
        withoutNihii.login(username, "demo-wachtwoord-1");
        String other = momentWithDktpLine(withoutNihii, belgian);
        approve(withoutNihii, other, other + "/review");
        assertThat(withoutNihii.get(other + "/review").body()).contains("Uw RIZIV-nummer ontbreekt");

        assertThat(jdbc.queryForObject(
                        "select count(*) from registry_message where dossier_id in (?, ?)",
                        Long.class,
                        withoutInsz.getId(),
                        belgian.getId()))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select state from contact_moment where dossier_id in (?, ?)",
                        String.class,
                        withoutInsz.getId(),
                        belgian.getId()))
                .containsOnly("DRAFT");
    }

    private String momentWithDktpLine(Visitor visitor, ChildDossier child) {
        visitor.get("/dossiers/" + child.getId());
        String moment = Visitor.location(visitor.post(
                "/dossiers/" + child.getId() + "/contactmoments",
                Map.of("activity", "ON_INDICATION", "date", today.toString())));
        visitor.post(moment + "/lines", Map.of("vaccineType", "11"));
        visitor.post(
                moment + "/lines/" + lineId(visitor.get(moment).body()) + "/batch", Map.of("batchNumber", "VX241A"));
        return moment;
    }

    @Test
    void theSearchPageAsksForTheInszWithTheBsnAsAHint() {
        ChildDossier child = dossiers.open(Children.belgian(today.minusMonths(4)));
        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");

        String search = nurse.get("/dossiers").body();
        assertThat(search)
                .contains("Zoeken op INSZ")
                .contains("Scan of typ het INSZ (rijksregisternummer)")
                .contains("<label for=\"bsn\">INSZ (rijksregisternummer)</label>")
                .contains("Een kind met een Nederlands BSN? Typ dan het BSN in hetzelfde veld.")
                .doesNotContain("Zoeken op BSN")
                .doesNotContain("Scan of typ het BSN")
                .doesNotContain(">BSN</label>");
        HttpResponse<String> found =
                nurse.post("/dossiers/search/bsn", Map.of("bsn", child.getInsz().formatted()));
        assertThat(Visitor.location(found)).isEqualTo("/dossiers/" + child.getId());

        register.to("VACCINNET_BATCH", "fr");
        assertThat(nurse.get("/dossiers").body())
                .contains("Rechercher par NISS")
                .contains("<label for=\"bsn\">NISS</label>")
                .contains("Un enfant avec un BSN néerlandais ?")
                .doesNotContain("Rechercher par BSN");
    }

    @Test
    void aNewDossierTakesTheInszFirstAndNeedsNoNoBsnMark() {
        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");
        String form = nurse.get("/dossiers/new").body();
        assertThat(form)
                .contains("BSN (alleen voor een kind uit Nederland)")
                .doesNotContain("Kind heeft geen BSN")
                .doesNotContain("Toestemming uitwisseling gegevens met RIVM")
                .doesNotContain("Adres (BRP)");
        assertThat(form.indexOf("id=\"insz\"")).isPositive().isLessThan(form.indexOf("id=\"bsn\""));

        Insz insz = Inszs.random();
        String withInsz = Visitor.location(nurse.post("/dossiers/new", newChild(insz.formatted())));
        assertThat(withInsz).startsWith("/dossiers/");
        assertThat(nurse.get(withInsz).body())
                .contains(insz.formatted())
                .doesNotContain("id=\"no-insz\"")
                .doesNotContain("Geen BSN");

        nurse.get("/dossiers/new");
        String withoutNumber = Visitor.location(nurse.post("/dossiers/new", newChild("")));
        assertThat(withoutNumber).startsWith("/dossiers/");
        assertThat(nurse.get(withoutNumber).body())
                .contains("Geen INSZ: vaccinaties kunnen niet naar Vaccinnet.")
                .doesNotContain("Geen BSN");
    }

    private Map<String, String> newChild(String insz) {
        return Map.of(
                "insz", insz,
                "bsn", "",
                "givenNames", "Lotte",
                "familyName", "Peeters",
                "birthDate", today.minusMonths(3).toString(),
                "gender", "F");
    }

    /** The queue's message kind (with BSN or anonymised) is Praeventis's; a Belgian message names its register. */
    @Test
    void theQueueNamesTheRegisterInsteadOfBsnOrAnonymised() {
        ChildDossier child = dossiers.open(Children.belgian(today.minusMonths(4)));
        Visitor doctor = doctor();
        String moment = momentWithHexavalentLot(doctor, child);
        UUID momentId = momentId(moment);
        approve(doctor, moment);

        assertThat(queueRow(doctor, momentId))
                .contains("Vaccinnet, met INSZ")
                .doesNotContain("Met BSN")
                .doesNotContain("Geanonimiseerd");

        // a message that still goes to Praeventis keeps its kind, whatever the organisation reports to now
        jdbc.update(
                "update registry_message set registry = 'PRAEVENTIS', kind = 'ANONYMISED' where contact_moment_id = ?",
                momentId);
        assertThat(queueRow(doctor, momentId)).contains("Geanonimiseerd").doesNotContain("met INSZ");
        jdbc.update("update registry_message set state = 'WITHDRAWN' where contact_moment_id = ?", momentId);
    }

    private static String queueRow(Visitor visitor, UUID momentId) {
        String page = visitor.get("/queue?mine=true").body();
        Matcher row = Pattern.compile(
                        "<tr>((?:(?!</tr>).)*/contactmoments/" + momentId + "(?:(?!</tr>).)*)</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as("queue row of the moment").isTrue();
        return row.group(1);
    }

    /** How many registrations of the child the simulated register holds (not taken back). */
    private long held(String registry, Insz insz) {
        if (registry.equals("VACCICARD")) {
            return vaccicard.immunizationsFor(insz.value()).stream()
                    .filter(i -> i.status().equals("completed"))
                    .count();
        }
        return registratie.holding(insz).size();
    }

    /** The demo doctor, logged in. */
    private Visitor doctor() {
        Visitor doctor = new Visitor(port);
        doctor.login("arts", "demo-wachtwoord");
        return doctor;
    }

    private static UUID momentId(String moment) {
        return UUID.fromString(moment.substring(moment.lastIndexOf('/') + 1));
    }

    /** A contact moment on indication today for the child, with a hexavalent line and its lot VX241A; its address. */
    private String momentWithHexavalentLot(Visitor doctor, ChildDossier child) {
        doctor.get("/dossiers/" + child.getId());
        String moment = Visitor.location(doctor.post(
                "/dossiers/" + child.getId() + "/contactmoments",
                Map.of("activity", "ON_INDICATION", "date", today.toString())));
        doctor.post(moment + "/lines", Map.of("vaccineType", "11"));
        doctor.post(moment + "/lines/" + lineId(doctor.get(moment).body()) + "/batch", Map.of("batchNumber", "VX241A"));
        return moment;
    }

    private void approve(Visitor doctor, String moment) {
        approve(doctor, moment, moment);
    }

    private void approve(Visitor doctor, String moment, String expectedLocation) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(doctor.get(moment + "/review").body());
        assertThat(version.find()).isTrue();
        HttpResponse<String> approved = doctor.post(moment + "/approve", Map.of("version", version.group(1)));
        assertThat(Visitor.location(approved)).isEqualTo(expectedLocation);
    }

    private Map<String, Object> liveMessage(UUID momentId) {
        return jdbc.queryForMap(
                "select state, registry from registry_message where contact_moment_id = ? and operation = 'REGISTER'"
                        + " and state not in ('RETRACTED', 'WITHDRAWN')",
                momentId);
    }

    private void awaitLive(UUID momentId, String state) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(liveMessage(momentId)).containsEntry("state", state));
    }

    private void start() {
        nodes.add(TestNodes.started(context, "desk"));
    }

    private static String lineId(String page) {
        Matcher m = Pattern.compile("/lines/([0-9a-f-]{36})/batch").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
