package nl.ddjgz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module outside a register's adapter names a register: the registers' codes appear in the code only in their
 * adapters' modules (and in the configuration and texts), and no page asks "is it Belgian"; everything else asks the
 * organisation's {@code RegisterProfile}.
 */
class RegisterNamesTests {

    private static final Path MAIN = Path.of("src/main/java/nl/ddjgz");
    private static final Path TEMPLATES = Path.of("templates");

    /** A register's code as a token (a constant, an enum name, a string literal). */
    private static final Pattern REGISTER_CODE =
            Pattern.compile("\\b(PRAEVENTIS|VACCINNET_BATCH|VACCINNET_DIRECT|VACCICARD)\\b");

    /** The old questions of a page: "is it Belgian", "which code is it". */
    private static final Pattern WHICH_REGISTER =
            Pattern.compile("\\bbelgianRegistry\\b|\\bregistryCode\\b|\\bbelgian\\(\\)");

    /** The adapters' modules, which name their own register. */
    private static final List<Path> ADAPTERS =
            List.of(MAIN.resolve("praeventis"), MAIN.resolve("vaccinnet"), MAIN.resolve("vaccicard"));

    /**
     * Where an earlier vaccination came from (the register's status answer), a stored value of the vaccination module
     * that predates the profile; left as it is to need no data migration.
     */
    private static final Pattern EARLIER_SOURCE = Pattern.compile("EarlierSource\\.PRAEVENTIS|^\\s*PRAEVENTIS\\s*$");

    @Test
    void onlyTheAdaptersNameTheirRegister() {
        List<String> named = files(MAIN, ".java")
                .filter(file -> ADAPTERS.stream().noneMatch(file::startsWith))
                .flatMap(file -> lines(withoutComments(read(file)))
                        .filter(line -> REGISTER_CODE
                                .matcher(EARLIER_SOURCE.matcher(line).replaceAll(""))
                                .find())
                        .map(line -> MAIN.relativize(file) + ": " + line.strip()))
                .toList();

        assertThat(named).as("register codes outside their adapters").isEmpty();
    }

    @Test
    void noPageAsksWhichRegisterItIs() {
        List<String> asking = files(TEMPLATES, ".html")
                .flatMap(file -> lines(read(file))
                        .filter(line -> REGISTER_CODE.matcher(line).find()
                                || WHICH_REGISTER.matcher(line).find())
                        .map(line -> TEMPLATES.relativize(file) + ": " + line.strip()))
                .toList();

        assertThat(asking)
                .as("pages that name a register instead of asking its profile")
                .isEmpty();
    }

    @Test
    void theScanSeesTheAdaptersNamingTheirRegister() {
        assertThat(read(MAIN.resolve("praeventis/PraeventisRegister.java"))).containsPattern(REGISTER_CODE);
        assertThat(REGISTER_CODE
                        .matcher("outbox.registry() == Registry.PRAEVENTIS")
                        .find())
                .isTrue();
    }

    private static Stream<Path> files(Path root, String suffix) {
        try {
            return Files.walk(root).filter(p -> p.toString().endsWith(suffix)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> lines(String text) {
        return text.lines();
    }

    /** The source without its comments (a javadoc may name a register as an example). */
    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
    }
}
