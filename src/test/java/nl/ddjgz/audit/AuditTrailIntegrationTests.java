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
    void theTrailIsAppendOnlyEvenForTheDatabaseOwner() {
        trail.recordFor("someone", null, AuditAction.LOGIN_FAILED, AuditOutcome.REFUSED, "test", "127.0.0.1");
        long count = jdbc.queryForObject("select count(*) from audit_event", Long.class);

        assertThatThrownBy(() -> jdbc.update("update audit_event set username = 'x'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class))
                .isEqualTo(count);
    }
}
