package nl.ddjgz;

import org.springframework.boot.SpringApplication;

/**
 * The development run, {@code ./mvnw spring-boot:test-run}: the module as packaged, plus what only development has
 * (test classpath, profile {@code dev}, {@code application-dev.properties}): its own embedded PostgreSQL in {@code
 * ./data/postgres} ({@link nl.ddjgz.database.EmbeddedDatabase}), the demo data and demo logins ({@link
 * nl.ddjgz.demo}) and the register simulators on its own port ({@link nl.ddjgz.simulator}). Spring Boot's convention for
 * development-time services; the packaged jar has none of them.
 */
public class TestDdJgzApplication {

    public static void main(String[] args) {
        SpringApplication.from(DdJgzApplication::main)
                .withAdditionalProfiles("dev")
                .run(args);
    }
}
