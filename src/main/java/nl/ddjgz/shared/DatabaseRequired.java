package nl.ddjgz.shared;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * The module runs only on a configured PostgreSQL: without {@code spring.datasource.url} ({@code
 * SPRING_DATASOURCE_URL}) it refuses to start, before any bean exists, with a text saying what to set. There is no
 * fallback: no embedded database, no demo logins, no simulators in the packaged module (those live in the development
 * run, {@code ./mvnw spring-boot:test-run}, which configures its own database the same way). Registered in {@code
 * META-INF/spring.factories}; runs after every other environment post-processor.
 */
public class DatabaseRequired implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            throw new DatabaseNotConfiguredException();
        }
    }

    /** No database configured: the start stops here (the failure analyzer prints what to set). */
    public static class DatabaseNotConfiguredException extends IllegalStateException {

        DatabaseNotConfiguredException() {
            super("No database configured: set SPRING_DATASOURCE_URL (e.g. jdbc:postgresql://db:5432/ddjgz),"
                    + " SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD. The packaged module has no"
                    + " embedded database, demo data or simulators; for the development run with all three use"
                    + " ./mvnw spring-boot:test-run");
        }
    }
}
