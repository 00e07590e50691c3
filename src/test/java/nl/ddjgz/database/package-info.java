/**
 * The development run's database (test classpath only, never in the packaged jar): the embedded PostgreSQL of this JVM
 * for {@code ./mvnw spring-boot:test-run} (persistent data directory, free port) and the tests (a temporary directory,
 * one server for every context of the test JVM), configured as an external database would be. The packaged module
 * needs {@code SPRING_DATASOURCE_URL}.
 */
package nl.ddjgz.database;
