package nl.ddjgz.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDirectory where the database files live; blank means a fresh temporary directory (tests)
 */
@ConfigurationProperties("ddjgz.embedded-database")
public record EmbeddedDatabaseProperties(String dataDirectory) {}
