package nl.ddjgz.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the operator's text when the module refuses to start without a database ({@link DatabaseRequired}). */
public class DatabaseRequiredFailureAnalyzer
        extends AbstractFailureAnalyzer<DatabaseRequired.DatabaseNotConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseRequired.DatabaseNotConfiguredException cause) {
        return new FailureAnalysis(
                "The module needs its PostgreSQL database and none is configured (SPRING_DATASOURCE_URL is empty).",
                "Set SPRING_DATASOURCE_URL (e.g. jdbc:postgresql://db:5432/ddjgz), SPRING_DATASOURCE_USERNAME and"
                        + " SPRING_DATASOURCE_PASSWORD (and SPRING_FLYWAY_USER / SPRING_FLYWAY_PASSWORD for the schema"
                        + " owner), see README.md, Configuration. The development run with an embedded database, demo"
                        + " data and the register simulators is ./mvnw spring-boot:test-run from the source tree.",
                cause);
    }
}
