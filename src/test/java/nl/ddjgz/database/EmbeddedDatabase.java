package nl.ddjgz.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * The development run's database (profile {@code dev}: {@code ./mvnw spring-boot:test-run} and the tests): when no
 * {@code spring.datasource.url} is set, starts the embedded PostgreSQL of this JVM and configures the module exactly
 * as an operator configures an external one, so the development run goes the production way. The schema owner and the
 * application are different roles, as in production: Flyway migrates as {@value #OWNER} (the server's superuser, owner
 * of every table, {@code spring.flyway.user}), the pool connects as {@value #APPLICATION} (created here, no superuser),
 * which migration V48 lets add to and read {@code audit_event} only.
 *
 * <p>Runs after the configuration files are read (it needs the profiles and the data directory), so the production
 * check {@code nl.ddjgz.shared.DatabaseRequired} finds the URL set. Registered in {@code META-INF/spring.factories}
 * of the test classpath only: the packaged jar has neither this class nor zonky.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

    /** Owns the schema and runs the migrations. */
    public static final String OWNER = "postgres";

    /** The application's own login: data rights only, and on the audit trail only insert and select. */
    public static final String APPLICATION = "ddjgz_app";

    /** Set to {@code true} when this JVM's embedded database serves the context (demo data is loaded only then). */
    public static final String RUNNING = "ddjgz.embedded-database.running";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("dev"))
                || StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        EmbeddedPostgres server =
                EmbeddedPostgresServer.start(environment.getProperty("ddjgz.embedded-database.data-directory", ""));
        createApplicationRole(server);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", server.getJdbcUrl(APPLICATION, "postgres"));
        settings.put("spring.datasource.username", APPLICATION);
        settings.put("spring.datasource.password", "");
        settings.put("spring.flyway.url", server.getJdbcUrl(OWNER, "postgres"));
        settings.put("spring.flyway.user", OWNER);
        settings.put("spring.flyway.password", "");
        settings.put(RUNNING, "true");
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedDatabase", settings));
    }

    /** The role the pool logs in with; the server trusts local connections, so it has no password. */
    public static void createApplicationRole(EmbeddedPostgres server) {
        try (Connection connection = server.getDatabase(OWNER, "postgres").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + APPLICATION
                    + "') then create role " + APPLICATION
                    + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls; end if; end $$");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the application's database role", e);
        }
    }
}
