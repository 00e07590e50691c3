/**
 * Where the data lives: the module's own embedded PostgreSQL for the default run and the tests (persistent data
 * directory, free port, stopped with the module), or an external PostgreSQL when {@code SPRING_DATASOURCE_URL} is set.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package nl.ddjgz.database;
