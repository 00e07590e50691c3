package nl.ddjgz;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What goes into the packaged jar (its classes and resources are {@code target/classes}; its libraries are the
 * compile and runtime dependencies, which the enforcer rule {@code no-embedded-database-in-the-jar} keeps free of
 * zonky): no simulator, no demo data, no embedded database, no demo password. Those live in the development run
 * ({@code ./mvnw spring-boot:test-run}, test classpath).
 */
class PackagedModuleTests {

    private static final List<String> TEST_ONLY_PACKAGES =
            List.of("nl/ddjgz/simulator", "nl/ddjgz/demo", "nl/ddjgz/database");

    /** The demo logins', the register's and the scraper's demo passwords, the simulated Vaccicard's secret. */
    private static final List<String> DEMO_SECRETS =
            List.of("demo-wachtwoord", "demo-praeventis", "demo-metrics", "simulator-secret");

    @Test
    void theJarsClassesHoldNoSimulatorDemoDataOrEmbeddedDatabase() throws IOException {
        List<String> entries = productionEntries();

        assertThat(entries).as("production classes").anyMatch(e -> e.equals("nl/ddjgz/DdJgzApplication.class"));
        assertThat(entries)
                .noneMatch(e -> TEST_ONLY_PACKAGES.stream().anyMatch(e::startsWith))
                .noneMatch(e -> e.matches(".*/[^/]*(Simulat|DemoData|EmbeddedPostgres|EmbeddedDatabase)[^/]*\\.class"))
                .noneMatch(e -> e.startsWith("io/zonky"))
                .noneMatch(e -> e.startsWith("application-dev"))
                .noneMatch(e -> e.equals("nl/ddjgz/TestDdJgzApplication.class"));
    }

    @Test
    void noProductionClassOrSettingCarriesADemoPassword() throws IOException {
        Path classes = classesDirectory();
        for (String entry : productionEntries()) {
            if (entry.endsWith(".class") || entry.endsWith(".properties") || entry.endsWith(".factories")) {
                String content = new String(Files.readAllBytes(classes.resolve(entry)), StandardCharsets.ISO_8859_1);
                assertThat(DEMO_SECRETS).as(entry).noneMatch(content::contains);
            }
        }
    }

    @Test
    void productionCodeDependsOnNothingTheJarLeavesOut() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.ddjgz");

        assertThat(production).as("production classes imported").isNotEmpty();
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.zonky..", "nl.ddjgz.simulator..", "nl.ddjgz.demo..", "nl.ddjgz.database..", "fixture..")
                .because("the packaged jar has no simulators, demo data or embedded database")
                .check(production);
    }

    private static List<String> productionEntries() throws IOException {
        Path classes = classesDirectory();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> classes.relativize(f).toString().replace('\\', '/'))
                    .toList();
        }
    }

    /** {@code target/classes}: where the production classes of this build are, exactly what the jar packs. */
    private static Path classesDirectory() {
        try {
            Path classes = Path.of(DdJgzApplication.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            assertThat(classes.getFileName()).hasToString("classes");
            return classes;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
