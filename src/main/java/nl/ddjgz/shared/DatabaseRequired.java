package nl.ddjgz.shared;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The module runs only on a configured PostgreSQL: without {@code spring.datasource.url} ({@code
 * SPRING_DATASOURCE_URL}) it refuses to start, before any bean is created, with a text saying what to set ({@link
 * DatabaseRequiredFailureAnalyzer}). There is no fallback: no embedded database, no demo logins, no simulators in the
 * packaged module (those live in the development run, {@code ./mvnw spring-boot:test-run}, which configures its own
 * database the same way). Web-slice tests, which start no database, leave this configuration out.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseRequired {

    /**
     * Runs before every other bean, so the refusal comes before any data source is tried. Not while the build prepares
     * the context ahead of time ({@code spring-boot:process-aot}, which has no database): this post-processor is part
     * of the prepared context and runs again at every start, with or without {@code -Dspring.aot.enabled=true}.
     */
    @Bean
    static BeanFactoryPostProcessor databaseRequiredCheck(Environment environment) {
        return beanFactory -> {
            if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
                return;
            }
            if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
                throw new DatabaseNotConfiguredException();
            }
        };
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
