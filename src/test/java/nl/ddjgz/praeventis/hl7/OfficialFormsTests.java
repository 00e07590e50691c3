package nl.ddjgz.praeventis.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the register may send us, as the OFFICIAL Nictiz JGZ 7.1 material allows it, is accepted and read. Each example
 * in {@code src/test/resources/hl7/official-forms/} is our own message (see its README: minimal forms and forms that
 * use the optional parts the official XSD allows); the test first proves with the official XSD and schematron that
 * the example is valid, then that our reader (our schema, then our mapping) takes it without a refusal.
 */
class OfficialFormsTests {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    static byte[] form(String name) {
        try (InputStream in = OfficialFormsTests.class.getResourceAsStream("/hl7/official-forms/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] official(String name) {
        byte[] xml = form(name);
        OfficialNictiz.assertConforms(xml, name);
        return xml;
    }

    /** Reads, and on a refusal fails with every reason our schema or mapping gave. */
    static <T> T read(String name, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (InvalidMessageException e) {
            throw new AssertionError(name + " is valid under the official rules but we refused it: " + e.errors(), e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PRMM_IN010043NL-minimal.xml", "PRMM_IN010043NL-maximal.xml"})
    void everyOfficialBatchListIsRead(String name) {
        BatchListMessage list = read(name, () -> new BatchListReader(ZONE).read(official(name)));

        assertThat(list.entries())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.batchNumber()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "MCCI_IN000002-CA.xml",
                "MCCI_IN000002-CE.xml",
                "MCCI_IN000002-CR.xml",
                "MCCI_IN000002-maximal.xml"
            })
    void everyOfficialAcknowledgementIsRead(String name) {
        AcknowledgementMessage ack = read(name, () -> new AcknowledgementReader(ZONE).read(official(name)));

        assertThat(ack.typeCode().name())
                .isEqualTo(
                        name.contains("-CE")
                                ? "CE"
                                : name.contains("-CR") ? "CR" : ack.typeCode().name());
        if (ack.typeCode() != AcknowledgementMessage.TypeCode.CA) {
            assertThat(ack.details()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "REPC_IN002171NL-OK-maximal.xml",
                "REPC_IN002171NL-OK-minimal.xml",
                "REPC_IN002171NL-NF.xml",
                "REPC_IN002171NL-QE.xml",
                "REPC_IN002171NL-AE.xml"
            })
    void everyOfficialStatusAnswerIsRead(String name) {
        StatusAnswer answer = read(name, () -> new StatusAnswerReader(ZONE).read(official(name)));

        assertThat(answer.responseCode().name()).isEqualTo(name.split("[-.]")[1]);
        if (name.contains("-OK-")) {
            assertThat(answer.entries()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"REPC_IN002160NL-minimal.xml", "REPC_IN002160NL-maximal.xml"})
    void everyOfficialCallListIsRead(String name) {
        CallListMessage list = read(name, () -> new CallListReader(ZONE).read(official(name)));

        assertThat(list.children()).hasSize(name.contains("minimal") ? 1 : 3).allSatisfy(child -> {
            assertThat(child.birthDate()).isNotNull();
            assertThat(child.familyName()).isNotBlank();
            assertThat(child.vaccinations()).isNotEmpty();
        });
        if (name.contains("minimal")) {
            assertThat(list.children().get(0).bsn()).isEqualTo("111220002");
            assertThat(list.children().get(0).vaccinations())
                    .extracting(CallListMessage.CalledFor::w0422Code)
                    .containsExactly("09");
        }
    }
}
