package nl.ddjgz;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole module on a random port as the development run has it (profile {@code dev}: the embedded PostgreSQL shared
 * by the test JVM, the demo data, the register simulators), with the test settings on top.
 * Every integration and browser test uses exactly this, so the suite starts one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"dev", "test"})
public @interface IntegrationTest {}
