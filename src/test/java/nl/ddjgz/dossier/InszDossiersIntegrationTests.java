package nl.ddjgz.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.shared.Bsns;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.Inszs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** A Belgian child identified by INSZ: opened, found and refused through the pages, on the real database. */
@IntegrationTest
class InszDossiersIntegrationTests {

    private static final String DEMO_PASSWORD = "demo-wachtwoord";

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate birth = LocalDate.now().minusMonths(5);

    private Visitor assistant() {
        Visitor visitor = new Visitor(port);
        assertThat(Visitor.location(visitor.login("assistent", DEMO_PASSWORD))).isEqualTo("/");
        return visitor;
    }

    private static Map<String, String> belgianChild(String insz, String familyName, LocalDate birthDate) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("bsn", "");
        form.put("insz", insz);
        form.put("givenNames", "Lotte");
        form.put("familyName", familyName);
        form.put("birthDate", birthDate.toString());
        form.put("gender", "F");
        return form;
    }

    private HttpResponse<String> open(Visitor visitor, Map<String, String> form) {
        visitor.get("/dossiers/new");
        return visitor.post("/dossiers/new", form);
    }

    private long dossiersWithInsz(Insz insz) {
        return jdbc.queryForObject("select count(*) from child_dossier where insz = ?", Long.class, insz.value());
    }

    @Test
    void aDossierOpenedWithAValidInszIsStoredAndFoundByThatInsz() {
        Insz insz = Inszs.random();
        Visitor visitor = assistant();

        HttpResponse<String> created = open(visitor, belgianChild(insz.formatted(), "Peeters", birth));
        assertThat(created.statusCode()).isEqualTo(302);
        String dossierPath = Visitor.location(created);
        assertThat(dossierPath).startsWith("/dossiers/").doesNotContain(insz.value());
        assertThat(dossiersWithInsz(insz)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select bsn from child_dossier where insz = ?", String.class, insz.value()))
                .isNull();

        visitor.get("/dossiers");
        HttpResponse<String> found = visitor.post("/dossiers/search/bsn", Map.of("bsn", insz.value()));
        assertThat(found.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(found)).isEqualTo(dossierPath);

        assertThat(visitor.get(dossierPath).body()).contains("INSZ (rijksregisternummer)", insz.formatted());
        String dossierId = dossierPath.substring("/dossiers/".length());
        assertThat(jdbc.queryForList(
                        "select action, detail from audit_event where dossier_id = ? order by id",
                        java.util.UUID.fromString(dossierId)))
                .extracting(row -> row.get("action") + " " + row.get("detail"))
                .containsExactly("DOSSIER_CREATE without BSN", "DOSSIER_SEARCH by INSZ: found", "DOSSIER_READ null");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where detail like ?", Long.class, "%" + insz.value() + "%"))
                .isZero();
    }

    @Test
    void anInszWithWrongCheckDigitsGetsTheDutchMessageAndNothingIsStored() {
        Insz insz = Inszs.random();
        String wrong = Inszs.withWrongCheckDigits(insz);
        long before = dossiers.count();

        HttpResponse<String> response = open(assistant(), belgianChild(wrong, "Janssens", birth));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Het formulier bevat fouten. Er is niets opgeslagen.")
                .contains("Dit INSZ klopt niet: controleer de cijfers.");
        assertThat(dossiers.count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from child_dossier where insz = ?", Long.class, wrong))
                .isZero();
    }

    @Test
    void aSecondDossierWithTheSameInszIsRefusedAtTheField() {
        Insz insz = Inszs.random();
        Visitor visitor = assistant();
        assertThat(open(visitor, belgianChild(insz.value(), "Maes", birth)).statusCode())
                .isEqualTo(302);

        HttpResponse<String> second = open(visitor, belgianChild(insz.formatted(), "Anders", birth.minusDays(3)));

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("Er bestaat al een dossier met dit INSZ.");
        assertThat(dossiersWithInsz(insz)).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "arts", roles = "JGZ_PROFESSIONAL")
    void theServiceRefusesADuplicateInszOnOpenAndOnChange() {
        ChildData first = Children.belgian(birth);
        dossiers.open(first);
        long before = dossiers.count();
        assertThatThrownBy(() -> dossiers.open(Children.belgian(birth).withInsz(first.insz())))
                .isInstanceOf(DuplicateInszException.class)
                .message()
                .doesNotContain(first.insz().value());
        assertThat(dossiers.count()).isEqualTo(before);

        ChildDossier other = dossiers.open(Children.born(birth));
        assertThatThrownBy(() -> dossiers.change(
                        other.getId(),
                        other.getVersion(),
                        Children.withBsn(Children.born(birth), other.getBsn()).withInsz(first.insz())))
                .isInstanceOf(DuplicateInszException.class);
        assertThat(dossiers.get(other.getId()).hasInsz()).isFalse();
    }

    @Test
    @WithMockUser(username = "arts", roles = "JGZ_PROFESSIONAL")
    void aChildMayHaveBothABsnAndAnInszAndIsFoundByEither() {
        ChildData data = Children.withBsn(Children.born(birth), Bsns.random()).withInsz(Inszs.random());
        ChildDossier opened = dossiers.open(data);

        assertThat(dossiers.findByInsz(data.insz())).map(ChildDossier::getId).contains(opened.getId());
        assertThat(dossiers.findByBsn(data.bsn())).map(ChildDossier::getId).contains(opened.getId());
        assertThat(dossiers.findByInsz(Inszs.random())).isEmpty();
    }

    @Test
    @WithMockUser(username = "arts", roles = "JGZ_PROFESSIONAL")
    void theDatabaseItselfRefusesADuplicateOrMalformedInsz() {
        Insz insz = Inszs.random();
        dossiers.open(Children.born(birth).withInsz(insz));
        String insert = "insert into child_dossier (id, insz, given_names, family_name, birth_date, gender, created_at,"
                + " updated_at, version) values (gen_random_uuid(), ?, 'A', 'B', current_date, 'M', now(), now(), 0)";
        assertThatThrownBy(() -> jdbc.update(insert, insz.value())).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, "15.01.05-12"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
