package nl.ddjgz.praeventis.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The judge: the OFFICIAL Nictiz JGZ 7.1 material in {@code ../shared/nictiz/jgz-7.1} (XSD of the interaction and
 * ART-DECOR schematron of its transaction), read by path and never copied into the project. It does what
 * {@code ../shared/tools/nictiz-check/validate} does, in the test's JVM: the XSD with the JDK's validator, the
 * schematron compiled by SchXslt 1.10.1 on Saxon-HE 12.5 (with the tool's own {@code dedupe-lets.xsl} step), failed
 * asserts of role error or fatal (or without role) counting as errors, warnings ignored.
 *
 * <p>Saxon and SchXslt are copied by Maven to {@code target/nictiz-check-lib} and loaded in a class loader of their
 * own, so they never become the JAXP implementation of the code under test. Compiled schematrons and schemas are kept
 * for the whole test JVM.
 *
 * <p>When {@code ../shared/nictiz} is absent, {@link #assumeAvailable()} skips the test and says why: a conformance
 * test never passes without the official material.
 */
public final class OfficialNictiz {

    /** The official material, relative to the project root (the tests' working directory). */
    public static final Path ROOT = Path.of("..", "shared", "nictiz", "jgz-7.1");

    private static final Path DEDUPE = Path.of("..", "shared", "tools", "nictiz-check", "dedupe-lets.xsl");

    private static final Path LIB = Path.of("target", "nictiz-check-lib");

    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";

    /** Interaction (root element) to the top-level schematron of its transaction, as the official checker maps them. */
    public static final Map<String, String> SCHEMATRON = Map.of(
            "REPC_IN002140NL", "jgz-versturenVaccinaties-02.sch",
            "REPC_IN002145NL", "jgz-versturenVaccinatiesGeanonimiseerd-02.sch",
            "REPC_IN002170NL", "jgz-opvragenVaccinatiestatus-02.sch",
            "REPC_IN002171NL", "jgz-opleverenVaccinatiestatus-02.sch",
            "PRMM_IN010043NL", "jgz-versturenGeldigePartijnummers-02.sch",
            "REPC_IN002160NL", "jgz-versturenVaccinatiesoproeplijst-02.sch",
            "MCCI_IN000002", "jgz-versturenVaccinatiesAck-02.sch");

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private static final Map<String, Templates> SCHEMATRONS = new ConcurrentHashMap<>();

    private static volatile TransformerFactory saxon;

    private OfficialNictiz() {}

    /** Whether the official material and the checker's pre-processing step are beside the project. */
    public static boolean available() {
        return Files.isDirectory(ROOT.resolve("hl7v3_schemas"))
                && Files.isDirectory(ROOT.resolve("hl7v3_schematron"))
                && Files.isRegularFile(DEDUPE);
    }

    /** Skips the calling test, with the reason, when the official material is not there. */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(
                available(),
                () -> "SKIPPED: the official Nictiz JGZ 7.1 material is not at "
                        + ROOT.toAbsolutePath().normalize() + " (or " + DEDUPE
                        + " is missing); the conformance check against the standard did not run");
    }

    /** The outcome for one message: the XSD's errors and the schematron's error-level failed asserts. */
    public record Verdict(String interaction, List<String> xsdErrors, List<String> schematronErrors) {

        public boolean passes() {
            return xsdErrors.isEmpty() && schematronErrors.isEmpty();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(interaction + ": " + (passes() ? "PASS" : "FAIL"));
            xsdErrors.forEach(e -> text.append("\n  XSD ").append(e));
            schematronErrors.forEach(e -> text.append("\n  SCH ").append(e));
            return text.toString();
        }
    }

    /** Checks a message against the XSD of its root element and its transaction's schematron. */
    public static Verdict check(byte[] xml) {
        return check(xml, null);
    }

    /**
     * Checks a message against the XSD of its root element and the given top-level schematron (null: the one
     * {@link #SCHEMATRON} names for the interaction, as the official checker does).
     */
    public static Verdict check(byte[] xml, String schematron) {
        assumeAvailable();
        String interaction = rootElement(xml);
        List<String> xsd = xsd(xml, interaction);
        String sch = schematron != null ? schematron : SCHEMATRON.get(interaction);
        List<String> rules = sch == null ? List.of("no official schematron for " + interaction) : schematron(xml, sch);
        return new Verdict(interaction, xsd, rules);
    }

    /** Fails with every official error when the message does not pass; {@code what} says which message it is. */
    public static void assertConforms(byte[] xml, String what) {
        Verdict verdict = check(xml);
        keep(xml, what);
        assertThat(verdict.passes())
                .as(() -> what + " must pass the official Nictiz JGZ 7.1 XSD and schematron:\n" + verdict + "\n"
                        + new String(xml, StandardCharsets.UTF_8))
                .isTrue();
    }

    /** Where every message checked is kept, for a second opinion by ../shared/tools/nictiz-check/validate. */
    public static final Path CHECKED = Path.of("target", "conformance");

    private static final java.util.concurrent.atomic.AtomicInteger KEPT =
            new java.util.concurrent.atomic.AtomicInteger();

    private static void keep(byte[] xml, String what) {
        try {
            Files.createDirectories(CHECKED);
            String name = String.format("%04d-%s.xml", KEPT.incrementAndGet(), what.replaceAll("[^A-Za-z0-9]+", "-"));
            Files.write(CHECKED.resolve(name.length() > 120 ? name.substring(0, 120) + ".xml" : name), xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless the message breaks the official rules (for the hostile examples of inbound tests). */
    public static void assertViolates(byte[] xml, String what) {
        Verdict verdict = check(xml);
        assertThat(verdict.passes())
                .as(() -> what + " was expected to fail the official rules")
                .isFalse();
    }

    static String rootElement(byte[] xml) {
        try {
            XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    assertThat(reader.getNamespaceURI())
                            .as("namespace of the root")
                            .isEqualTo("urn:hl7-org:v3");
                    return reader.getLocalName();
                }
            }
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
        throw new AssertionError("no root element");
    }

    private static List<String> xsd(byte[] xml, String interaction) {
        File file = ROOT.resolve("hl7v3_schemas").resolve(interaction + ".xsd").toFile();
        if (!file.isFile()) {
            return List.of("no official schema " + file.getName());
        }
        Schema schema = SCHEMAS.computeIfAbsent(interaction, i -> {
            try {
                return SchemaFactory.newDefaultInstance().newSchema(file);
            } catch (org.xml.sax.SAXException e) {
                throw new IllegalStateException("official schema " + file + " does not compile", e);
            }
        });
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add(format(e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(format(e));
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            if (errors.isEmpty() || !errors.get(errors.size() - 1).equals(format(e))) {
                errors.add(format(e));
            }
        } catch (Exception e) {
            errors.add(e.toString());
        }
        return errors;
    }

    private static String format(SAXParseException e) {
        return "line " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }

    private static List<String> schematron(byte[] xml, String name) {
        Templates templates = SCHEMATRONS.computeIfAbsent(name, OfficialNictiz::compile);
        try {
            ByteArrayOutputStream svrl = new ByteArrayOutputStream();
            templates
                    .newTransformer()
                    .transform(new StreamSource(new ByteArrayInputStream(xml)), new StreamResult(svrl));
            return failedAsserts(svrl.toByteArray());
        } catch (javax.xml.transform.TransformerException e) {
            return List.of("schematron " + name + " could not run: " + e.getMessageAndLocation());
        }
    }

    /** SchXslt 1.x: include, expand, the official checker's let de-duplication, compile for SVRL. */
    private static Templates compile(String name) {
        File sch = ROOT.resolve("hl7v3_schematron").resolve(name).toFile();
        if (!sch.isFile()) {
            throw new IllegalStateException("official schematron missing: " + sch);
        }
        String base = sch.toURI().toString();
        try {
            TransformerFactory factory = saxon();
            byte[] step = Files.readAllBytes(sch.toPath());
            step = run(factory, schxslt(factory, "include.xsl"), step, base);
            step = run(factory, schxslt(factory, "expand.xsl"), step, base);
            step = run(factory, factory.newTemplates(new StreamSource(DEDUPE.toFile())), step, base);
            step = run(factory, schxslt(factory, "compile-for-svrl.xsl"), step, base);
            // compiled with the schematron's own location as base URI: its doc('include/…') calls resolve there
            return factory.newTemplates(
                    new StreamSource(new StringReader(new String(step, StandardCharsets.UTF_8)), base));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException("could not compile official schematron " + name, e);
        }
    }

    private static byte[] run(TransformerFactory factory, Templates step, byte[] input, String base)
            throws javax.xml.transform.TransformerException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamSource source = new StreamSource(new ByteArrayInputStream(input), base);
        step.newTransformer().transform(source, new StreamResult(out));
        return out.toByteArray();
    }

    private static Templates schxslt(TransformerFactory factory, String name)
            throws IOException, javax.xml.transform.TransformerException {
        URL url = factory.getClass().getClassLoader().getResource("xslt/2.0/" + name);
        if (url == null) {
            throw new IllegalStateException("SchXslt " + name + " not found in " + LIB);
        }
        try (InputStream in = url.openStream()) {
            return factory.newTemplates(new StreamSource(in, url.toExternalForm()));
        }
    }

    private static TransformerFactory saxon() {
        TransformerFactory factory = saxon;
        if (factory == null) {
            synchronized (OfficialNictiz.class) {
                if (saxon == null) {
                    saxon = TransformerFactory.newInstance("net.sf.saxon.TransformerFactoryImpl", isolatedLoader());
                }
                factory = saxon;
            }
        }
        return factory;
    }

    private static ClassLoader isolatedLoader() {
        try (Stream<Path> jars = Files.list(LIB)) {
            URL[] urls = jars.filter(p -> p.toString().endsWith(".jar"))
                    .map(OfficialNictiz::url)
                    .toArray(URL[]::new);
            if (urls.length == 0) {
                throw new IllegalStateException("no jars in " + LIB + ": run the tests with Maven");
            }
            return new URLClassLoader("nictiz-check", urls, ClassLoader.getPlatformClassLoader());
        } catch (IOException e) {
            throw new IllegalStateException(
                    LIB + " is missing: Maven copies Saxon-HE and SchXslt there (generate-test-resources)", e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> failedAsserts(byte[] svrl) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svrl));
            List<String> errors = new ArrayList<>();
            for (String kind : List.of("failed-assert", "successful-report")) {
                NodeList found = document.getElementsByTagNameNS(SVRL, kind);
                for (int i = 0; i < found.getLength(); i++) {
                    Element failure = (Element) found.item(i);
                    String role = failure.getAttribute("role");
                    if (role.isEmpty() || role.equalsIgnoreCase("error") || role.equalsIgnoreCase("fatal")) {
                        errors.add(
                                failure.getTextContent().replaceAll("\\s+", " ").trim() + " at "
                                        + failure.getAttribute("location")
                                                .replace("Q{urn:hl7-org:v3}", "")
                                                .replace("*:", ""));
                    }
                }
            }
            return errors;
        } catch (Exception e) {
            throw new IllegalStateException("unreadable SVRL", e);
        }
    }
}
