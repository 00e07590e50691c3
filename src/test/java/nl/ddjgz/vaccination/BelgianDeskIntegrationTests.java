package nl.ddjgz.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.organisation.Organisation;
import nl.ddjgz.organisation.OrganisationSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private String[] before;

    @BeforeEach
    void reportToVaccinnet() {
        Organisation o = organisation.organisation();
        before = new String[] {o.getRegistry(), o.getLanguage(), o.getEhealthId(), o.getSoftwareId()};
        organisation.updateRegistry("VACCINNET_BATCH", "nl", "71012345", "ddjgz_vaccinatie_kgtest");
    }

    @AfterEach
    void restore() {
        organisation.updateRegistry(before[0], before[1], before[2], before[3]);
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

        HttpResponse<String> started = nurse.post(
                "/dossiers/" + child.getId() + "/contactmoments",
                Map.of("activity", "ON_INDICATION", "date", today.toString()));
        String moment = Visitor.location(started);
        nurse.post(moment + "/lines", Map.of("vaccineType", "11"));
        String page = nurse.get(moment).body();
        assertThat(page).doesNotContain("RIVM-formulier").doesNotContain("id=\"no-insz\"");
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
}
