package nl.ddjgz.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.ddjgz.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    @WithMockUser(username = "verpleegkundige", roles = "JGZ_PROFESSIONAL")
    void recordsWhoWhatWhichDossierAndWhenAndFindsItAgainByDossierAndUser() {
        long number = 900_000 + (long) (Math.random() * 99_999);
        DossierRef dossier = new DossierRef(UUID.randomUUID(), number);
        trail.record(AuditAction.DOSSIER_READ, dossier, null);

        var found = trail.query(
                number,
                "VERPLEEGKUNDIGE",
                Instant.now().minus(1, ChronoUnit.HOURS),
                Instant.now().plus(1, ChronoUnit.HOURS),
                PageRequest.of(0, 10));
        assertThat(found.getContent()).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.DOSSIER_READ);
            assertThat(e.getUsername()).isEqualTo("verpleegkundige");
            assertThat(e.getRole()).isEqualTo("JGZ_PROFESSIONAL");
            assertThat(e.getDossierId()).isEqualTo(dossier.id());
            assertThat(e.getOutcome()).isEqualTo(AuditOutcome.SUCCESS);
        });
        assertThat(trail.query(
                                number,
                                "arts",
                                Instant.now().minus(1, ChronoUnit.HOURS),
                                Instant.now().plus(1, ChronoUnit.HOURS),
                                PageRequest.of(0, 10))
                        .getContent())
                .isEmpty();
    }

    @Test
    void theApplicationCanOnlyAddToAndReadTheTrail() {
        trail.recordFor("someone", null, AuditAction.LOGIN_FAILED, AuditOutcome.REFUSED, "test", "127.0.0.1");
        long count = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("ddjgz_app");
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();

        // 42501 insufficient_privilege: "permission denied" for the rights, "must be owner" for the table itself
        for (String statement : java.util.List.of(
                "update audit_event set username = 'x'",
                "delete from audit_event",
                "truncate audit_event",
                "alter table audit_event disable trigger audit_event_no_change",
                "alter table audit_event disable trigger all",
                "drop trigger audit_event_no_truncate on audit_event")) {
            assertThatThrownBy(() -> jdbc.execute(statement))
                    .as(statement)
                    .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class))
                .isEqualTo(count);
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_trigger where tgrelid = 'audit_event'::regclass and tgenabled = 'O'",
                        Integer.class))
                .isEqualTo(2);
    }

    @Test
    void theTrailIsAppendOnlyEvenForTheSchemaOwner() {
        trail.recordFor("someone", null, AuditAction.LOGIN_FAILED, AuditOutcome.REFUSED, "test", "127.0.0.1");
        String url = ((com.zaxxer.hikari.HikariDataSource) dataSource)
                .getJdbcUrl()
                .replace("user=ddjgz_app", "user=postgres");
        JdbcTemplate owner =
                new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "postgres", ""));
        assertThat(owner.queryForObject("select current_user", String.class)).isEqualTo("postgres");
        long count = owner.queryForObject("select count(*) from audit_event", Long.class);

        assertThatThrownBy(() -> owner.update("update audit_event set username = 'x'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.update("delete from audit_event")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.execute("truncate audit_event")).hasMessageContaining("append-only");
        assertThat(owner.queryForObject("select count(*) from audit_event", Long.class))
                .isEqualTo(count);
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
