package nl.ddjgz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text on a page comes from the Dutch message bundle: no missing keys, no literal text in templates. */
class I18nTests {

    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([A-Za-z0-9_.]+)' \\+");

    private static Properties messages() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Properties messages = messages();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!messages.containsKey(m.group(1))) {
                    missing.add(template + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyPrefixOfAComputedKeyHasEntries() throws IOException {
        Properties messages = messages();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = DYNAMIC_KEY.matcher(Files.readString(template));
            while (m.find()) {
                String prefix = m.group(1);
                if (messages.stringPropertyNames().stream().noneMatch(k -> k.startsWith(prefix))) {
                    missing.add(template + ": " + prefix);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void visibleTextInTemplatesComesFromTheBundle() throws IOException {
        // a th:text replaces the element's placeholder text; text without th:text/th:utext would reach the user
        Pattern literal = Pattern.compile(
                "<(h1|h2|h3|p|label|button|a|th|td|dt|legend|option)(?![^>]*th:(u?text|replace|each|errors))[^>]*>\\s*[A-Za-zÀ-ÿ]");
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = literal.matcher(Files.readString(template));
            while (m.find()) {
                offenders.add(template + ": " + m.group());
            }
        }
        assertThat(offenders).isEmpty();
    }
}
