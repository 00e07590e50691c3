package nl.ddjgz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text on a page comes from the Dutch message bundle: no missing keys, no literal text in templates. The French
 * bundle (ONE / AViQ users) has the same keys in the same order, with the same placeholders, and is really translated.
 */
class I18nTests {

    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([A-Za-z0-9_.]+)' \\+");

    private static final Path DUTCH = Path.of("src/main/resources/messages.properties");
    private static final Path FRENCH = Path.of("src/main/resources/messages_fr.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    /**
     * French values that may equal the Dutch ones: codes and proper names (BSN, Praeventis), a bare placeholder, and
     * words spelled the same in both languages. Anything else identical to the Dutch text is an untranslated text.
     */
    private static final Set<String> SAME_IN_FRENCH = Set.of(
            "search.bsn", // BSN
            "dossier.bsn", // BSN
            "batch.source.REGISTER", // Praeventis
            "mass.batch.checked", // {0}
            "dossier.title", // Dossier {0}
            "location.code", // Code
            "mass.vaccines", // Vaccins
            "mass.setup.vaccine", // Vaccin {0}
            "registry.name.PRAEVENTIS", // names of the registers
            "registry.name.VACCINNET_BATCH",
            "registry.name.VACCINNET_DIRECT",
            "registry.name.VACCICARD");

    private static Properties messages() throws IOException {
        return load(DUTCH);
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The keys in file order (the bundles have one entry a line, no continuation lines). */
    private static List<String> keysInOrder(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            assertThat(trimmed).as("continuation line in %s", file).doesNotEndWith("\\");
            keys.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
        }
        return keys;
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
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

    @Test
    void frenchBundleIsUtf8AsSpringReadsIt() throws IOException {
        // spring.messages.encoding is not set: Spring Boot reads the bundles as UTF-8
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(FRENCH)));
        } catch (CharacterCodingException e) {
            throw new AssertionError(FRENCH + " is not valid UTF-8", e);
        }
    }

    @Test
    void frenchBundleHasExactlyTheDutchKeysInTheSameOrder() throws IOException {
        Set<String> dutch = messages().stringPropertyNames();
        Set<String> french = load(FRENCH).stringPropertyNames();
        Set<String> missing = new TreeSet<>(dutch);
        missing.removeAll(french);
        Set<String> extra = new TreeSet<>(french);
        extra.removeAll(dutch);
        assertThat(missing).as("keys missing in messages_fr.properties").isEmpty();
        assertThat(extra).as("keys only in messages_fr.properties").isEmpty();
        assertThat(keysInOrder(FRENCH)).as("key order").containsExactlyElementsOf(keysInOrder(DUTCH));
    }

    @Test
    void frenchTextsHaveTheDutchPlaceholders() throws IOException {
        Properties dutch = messages();
        Properties french = load(FRENCH);
        List<String> different = new ArrayList<>();
        for (String key : new TreeSet<>(dutch.stringPropertyNames())) {
            String fr = french.getProperty(key);
            if (fr != null && !placeholders(fr).equals(placeholders(dutch.getProperty(key)))) {
                different.add(key + ": " + placeholders(dutch.getProperty(key)) + " -> " + placeholders(fr));
            }
        }
        assertThat(different).isEmpty();
    }

    @Test
    void frenchTextsSurviveMessageFormat() throws IOException {
        // a message with arguments goes through MessageFormat: a lone ' would swallow text and placeholders
        // (some messages get arguments without having placeholders: validation messages, mass.scan.*)
        Object[] args = {"A0", "A1", "A2", "A3", "A4", "A5"};
        Properties french = load(FRENCH);
        List<String> broken = new ArrayList<>();
        for (String key : new TreeSet<>(french.stringPropertyNames())) {
            String value = french.getProperty(key);
            if (value.replace("''", "").contains("'")) {
                broken.add(key + ": single ' (write a typographic apostrophe or '')");
                continue;
            }
            String formatted = new MessageFormat(value, Locale.FRENCH).format(args);
            if (formatted.contains("{")) {
                broken.add(key + ": " + formatted);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void frenchTextsAreTranslated() throws IOException {
        Properties dutch = messages();
        Properties french = load(FRENCH);
        List<String> untranslated = new ArrayList<>();
        for (String key : new TreeSet<>(dutch.stringPropertyNames())) {
            String fr = french.getProperty(key);
            if (fr == null) {
                continue; // reported by frenchBundleHasExactlyTheDutchKeysInTheSameOrder
            }
            if (fr.isBlank()) {
                untranslated.add(key + ": empty");
            } else if (fr.equals(dutch.getProperty(key)) && !SAME_IN_FRENCH.contains(key)) {
                untranslated.add(key + ": " + fr);
            }
        }
        assertThat(untranslated).isEmpty();
        // the allow-list stays small and current: every entry is a key that really is the same in both bundles
        for (String key : SAME_IN_FRENCH) {
            assertThat(french.getProperty(key)).as(key).isEqualTo(dutch.getProperty(key));
        }
    }
}
