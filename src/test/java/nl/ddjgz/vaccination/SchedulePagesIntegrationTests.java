package nl.ddjgz.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The desk over real HTTP: a contact moment of a transferred nine-year-old proposes only RIVM's catch-up with the
 * reason per line and says why the rest is not proposed; types no longer used are hidden until asked for; the status
 * answer is taken over as earlier vaccinations.
 */
@IntegrationTest
class SchedulePagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private ChildDossier nineYearOld() {
        return withUser(() -> dossiers.open(Children.born(today.minusYears(9).minusMonths(6))));
    }

    private static <T> T withUser(java.util.function.Supplier<T> action) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                "arts", null, "ROLE_JGZ_PROFESSIONAL"));
        try {
            return action.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private String start(Visitor visitor, ChildDossier child) {
        visitor.login("verpleegkundige", "demo-wachtwoord");
        visitor.get("/dossiers/" + child.getId());
        HttpResponse<String> started = visitor.post(
                "/dossiers/" + child.getId() + "/contactmoments",
                Map.of("activity", "CONTACT_4_12_YEARS", "date", today.toString()));
        return Visitor.location(started);
    }

    @Test
    void aNineYearOldWithoutHistoryGetsOnlyTheCatchUpEachLineWithItsReason() {
        ChildDossier child = nineYearOld();
        Visitor nurse = new Visitor(port);
        String moment = start(nurse, child);

        assertThat(jdbc.queryForList(
                        "select vaccine_type from vaccination where contact_moment_id = ?::uuid",
                        String.class,
                        moment.substring(moment.lastIndexOf('/') + 1)))
                .containsExactlyInAnyOrder("11", "04", "28");
        String page = nurse.get(moment).body();
        assertThat(page)
                .contains("Inhaalschema van het RIVM (serie laat gestart), dosis 1")
                .contains("Achterstallig sinds")
                .contains("Niet voorgesteld")
                .contains("Te laat: wordt niet gegeven vanaf de leeftijd van 2 jaar")
                .contains("Vervalt: het inhaalschema van DKTP-Hib-Hepatitis B maakt deze vaccinatie overbodig");
    }

    @Test
    void vaccineTypesNoLongerUsedAreHiddenFromAddingUntilTheUserAsksForAll() {
        ChildDossier child = nineYearOld();
        Visitor nurse = new Visitor(port);
        String moment = start(nurse, child);

        String page = nurse.get(moment).body();
        assertThat(page).contains("<option value=\"28\">MenACWY</option>").doesNotContain(">MenC</option>");
        assertThat(page).contains("Ook vaccinsoorten tonen die niet meer in gebruik zijn");
        assertThat(nurse.get(moment + "?allTypes=true").body()).contains("<option value=\"06\">MenC</option>");
    }

    @Test
    void theStatusAnswerIsTakenOverAsEarlierVaccinationsInOneAction() {
        ChildDossier child = nineYearOld();
        LocalDate first = child.getBirthDate().plusMonths(3);
        LocalDate second = child.getBirthDate().plusMonths(5);
        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");
        nurse.get("/dossiers/" + child.getId());
        String status = nurse.post("/dossiers/" + child.getId() + "/praeventis-status", Map.of())
                .body();
        assertThat(status).contains("Overnemen in het dossier");

        HttpResponse<String> taken = nurse.post(
                "/dossiers/" + child.getId() + "/praeventis-status/take-over",
                Map.of(
                        "items[0].selected", "true",
                        "items[0].vaccineType", "11",
                        "items[0].date", first.toString(),
                        "items[0].place", "JGZ Elders",
                        "items[1].vaccineType", "08",
                        "items[1].date", first.toString(),
                        "items[2].selected", "true",
                        "items[2].vaccineType", "11",
                        "items[2].date", second.toString()));
        assertThat(Visitor.location(taken)).isEqualTo("/dossiers/" + child.getId());

        String dossier = nurse.get("/dossiers/" + child.getId()).body();
        assertThat(dossier)
                .contains("De gekozen vaccinaties uit Praeventis staan nu als eerder gegeven in het dossier.")
                .contains("Vaccinatiestatus Praeventis")
                .contains(first.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        assertThat(jdbc.queryForList(
                        "select vaccine_type || ' ' || source from earlier_vaccination where dossier_id = ?",
                        String.class,
                        child.getId()))
                .containsExactly("11 PRAEVENTIS", "11 PRAEVENTIS");

        nurse.post("/dossiers/" + child.getId() + "/praeventis-status/take-over", Map.of("items[0].vaccineType", "11"));
        assertThat(nurse.get("/dossiers/" + child.getId()).body())
                .contains("Kies minstens één vaccinatie om over te nemen; er is niets opgeslagen.");
    }
}
