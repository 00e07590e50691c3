package nl.ddjgz.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import nl.ddjgz.DdJgzApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The packaged module starts only on a configured database: no fallback to an embedded one, demo logins or simulators. */
class DatabaseRequiredTests {

    @Test
    void withoutADatabaseTheModuleRefusesToStartAndSaysWhatToSet() {
        Throwable refused = catchThrowable(() -> new SpringApplicationBuilder(DdJgzApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.main.banner-mode=off"));

        assertThat(refused)
                .isInstanceOf(DatabaseRequired.DatabaseNotConfiguredException.class)
                .hasMessageContaining("No database configured: set SPRING_DATASOURCE_URL")
                .hasMessageContaining("./mvnw spring-boot:test-run");
        FailureAnalysis analysis = new DatabaseRequiredFailureAnalyzer().analyze(refused);
        assertThat(analysis.getDescription()).contains("SPRING_DATASOURCE_URL is empty");
        assertThat(analysis.getAction())
                .contains("Set SPRING_DATASOURCE_URL")
                .contains("SPRING_DATASOURCE_USERNAME")
                .contains("SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void aBlankUrlIsNoDatabaseEither() {
        Throwable refused = catchThrowable(() -> new SpringApplicationBuilder(DdJgzApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.main.banner-mode=off", "--spring.datasource.url= "));

        assertThat(refused).isInstanceOf(DatabaseRequired.DatabaseNotConfiguredException.class);
    }
}
