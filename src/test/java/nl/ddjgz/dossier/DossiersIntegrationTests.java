package nl.ddjgz.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.Bsns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "arts", roles = "JGZ_PROFESSIONAL")
class DossiersIntegrationTests {

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate birth = LocalDate.now().minusMonths(4);

    private List<Map<String, Object>> auditOf(ChildDossier dossier) {
        return jdbc.queryForList(
                "select action, username, user_role, detail from audit_event where dossier_id = ? order by id",
                dossier.getId());
    }

    @Test
    void opensFindsAndReadsADossierAndAuditsEachStep() {
        ChildData data = Children.born(birth);
        ChildDossier opened = dossiers.open(data);

        assertThat(opened.getDossierNumber()).isPositive();
        assertThat(dossiers.findByBsn(data.bsn())).map(ChildDossier::getId).contains(opened.getId());
        assertThat(dossiers.findByNameAndBirthDate(data.familyName().toUpperCase(), birth))
                .extracting(ChildDossier::getId)
                .containsExactly(opened.getId());
        ChildDossier read = dossiers.read(opened.getId());
        assertThat(read.getAddress().postcode()).isEqualTo("3511 AB");
        assertThat(read.getConsent().source()).isEqualTo(ConsentSource.PARENT_WITH_AUTHORITY);

        assertThat(auditOf(opened))
                .extracting(row -> row.get("action"))
                .containsExactly("DOSSIER_CREATE", "DOSSIER_SEARCH", "DOSSIER_SEARCH", "DOSSIER_READ");
        assertThat(auditOf(opened)).allSatisfy(row -> {
            assertThat(row.get("username")).isEqualTo("arts");
            assertThat(row.get("user_role")).isEqualTo("JGZ_PROFESSIONAL");
            assertThat(String.valueOf(row.get("detail")))
                    .doesNotContain(data.bsn().value());
        });
    }

    @Test
    void refusesASecondDossierWithTheSameBsnAndStoresNothing() {
        ChildData data = Children.born(birth);
        dossiers.open(data);
        long before = dossiers.count();

        assertThatThrownBy(() -> dossiers.open(
                        Children.withBsn(Children.withFamilyName(Children.born(birth), "Anders"), data.bsn())))
                .isInstanceOf(DuplicateBsnException.class);
        assertThat(dossiers.count()).isEqualTo(before);
    }

    @Test
    void theDatabaseItselfRefusesADuplicateBsn() {
        Bsn bsn = Bsns.random();
        dossiers.open(Children.withBsn(Children.born(birth), bsn));
        assertThatThrownBy(() -> jdbc.update(
                        "insert into child_dossier (id, bsn, given_names, family_name, birth_date, gender, created_at,"
                                + " updated_at, version) values (gen_random_uuid(), ?, 'A', 'B', current_date, 'M',"
                                + " now(), now(), 0)",
                        bsn.value()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void childrenWithoutBsnCanBeOpenedMoreThanOnce() {
        ChildDossier first = dossiers.open(Children.withBsn(Children.born(birth), null));
        ChildDossier second = dossiers.open(Children.withBsn(Children.born(birth), null));
        assertThat(first.getId()).isNotEqualTo(second.getId());
        assertThat(auditOf(first)).extracting(row -> row.get("detail")).containsExactly("without BSN");
    }

    @Test
    void anUnknownBsnFindsNothingAndTheSearchIsAudited() {
        long before = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'DOSSIER_SEARCH' and detail = 'by BSN: none'",
                Long.class);
        assertThat(dossiers.findByBsn(Bsns.random())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'DOSSIER_SEARCH' and detail = 'by BSN: none'",
                        Long.class))
                .isEqualTo(before + 1);
    }

    @Test
    void changesADossierAndRefusesAChangeMadeOnAnOldVersion() {
        ChildData data = Children.born(birth);
        ChildDossier opened = dossiers.open(data);
        long version = opened.getVersion();

        dossiers.change(opened.getId(), version, Children.withFamilyName(data, "Jansen"));
        assertThat(dossiers.read(opened.getId()).getFamilyName()).isEqualTo("Jansen");

        assertThatThrownBy(() -> dossiers.change(opened.getId(), version, Children.withFamilyName(data, "Bakker")))
                .isInstanceOf(Dossiers.ConcurrentChangeException.class);
        assertThat(dossiers.read(opened.getId()).getFamilyName()).isEqualTo("Jansen");
        assertThat(auditOf(opened)).extracting(row -> row.get("action")).contains("DOSSIER_UPDATE");
    }

    @Test
    void refusesToGiveADossierTheBsnOfAnother() {
        ChildData first = Children.born(birth);
        dossiers.open(first);
        ChildData secondData = Children.born(birth);
        ChildDossier second = dossiers.open(secondData);

        assertThatThrownBy(() ->
                        dossiers.change(second.getId(), second.getVersion(), Children.withBsn(secondData, first.bsn())))
                .isInstanceOf(DuplicateBsnException.class);
        assertThat(dossiers.read(second.getId()).getBsn()).isEqualTo(secondData.bsn());
    }
}
