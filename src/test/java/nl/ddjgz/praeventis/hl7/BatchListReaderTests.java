package nl.ddjgz.praeventis.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchListReaderTests {

    private final BatchListReader reader = new BatchListReader();

    @Test
    void readsEveryFieldOfTheValidSample() {
        BatchListMessage list = reader.read(Hl7Samples.valid());

        assertThat(list.messageId()).isEqualTo(new II("2.16.840.1.113883.2.4.3.8.1000.1", "PRMM-20260301-0042"));
        // 01:30 at +0100
        assertThat(list.creationTime()).isEqualTo(Instant.parse("2026-03-01T00:30:00Z"));
        assertThat(list.sender()).isEqualTo(II.application("1"));
        assertThat(list.receiver()).isEqualTo(II.application("900001234"));
        // no offset: Dutch time, CET in March
        assertThat(list.listValidFrom()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(list.listValidTo()).isEqualTo(Instant.parse("2026-03-01T23:00:00Z"));
        assertThat(list.entries())
                .containsExactly(
                        new BatchListMessage.Entry("A21CD482A", LocalDate.of(2026, 12, 31), "11", "VAX11", "Vaxelis"),
                        new BatchListMessage.Entry("HX7731", LocalDate.of(2027, 1, 31), "08", "PNE13", "Prevenar 13"),
                        new BatchListMessage.Entry("AROLC921AA", null, "29", "ROT01", "Rotarix"),
                        new BatchListMessage.Entry(
                                "T021934",
                                LocalDate.of(2026, 11, 30),
                                "04",
                                null,
                                "M-M-RvaxPro (buitenlandse verpakking)"),
                        new BatchListMessage.Entry("RSV0042", LocalDate.of(2027, 6, 30), null, "RSV01", "Beyfortus"));
    }

    @Test
    void anEntryWithoutExpiryDateHasNoExpiry() {
        BatchListMessage.Entry rota = entry(reader.read(Hl7Samples.valid()), "AROLC921AA");

        assertThat(rota.expiry()).isNull();
        assertThat(rota.hasExpiry()).isFalse();
        assertThat(rota.vaccineTypeCode()).isEqualTo("29");
    }

    @Test
    void anExpiryOfMonthPrecisionLastsThroughThatMonth() {
        assertThat(entry(reader.read(Hl7Samples.valid()), "T021934").expiry()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void anUncodedProductIsNamedByItsOriginalText() {
        BatchListMessage.Entry bmr = entry(reader.read(Hl7Samples.valid()), "T021934");

        assertThat(bmr.productCode()).isNull();
        assertThat(bmr.productName()).isEqualTo("M-M-RvaxPro (buitenlandse verpakking)");
        assertThat(bmr.vaccineTypeCode()).isEqualTo("04");
    }

    @Test
    void anUncodedVaccineTypeHasNoCode() {
        BatchListMessage.Entry rsv = entry(reader.read(Hl7Samples.valid()), "RSV0042");

        assertThat(rsv.vaccineTypeCode()).isNull();
        assertThat(rsv.productName()).isEqualTo("Beyfortus");
    }

    @Test
    void toleratesShorterPrecisionAndOffsets() {
        byte[] xml = Hl7Samples.validWith(
                "<creationTime value=\"20260301013000+0100\"/>", "<creationTime value=\"202603010130\"/>");
        xml = replace(xml, "<low value=\"20260301000000\"/>", "<low value=\"20260301\"/>");
        xml = replace(xml, "<high value=\"20260302000000\"/>", "<high value=\"20260302000000-0500\"/>");

        BatchListMessage list = reader.read(xml);

        assertThat(list.creationTime()).isEqualTo(Instant.parse("2026-03-01T00:30:00Z"));
        assertThat(list.listValidFrom()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(list.listValidTo()).isEqualTo(Instant.parse("2026-03-02T05:00:00Z"));
    }

    @Test
    void refusesAMessageWithoutBatchIdAndSaysWhere() {
        InvalidMessageException refused =
                catchThrowableOfType(InvalidMessageException.class, () -> reader.read(Hl7Samples.invalid()));

        assertThat(refused.interaction()).isEqualTo("PRMM_IN010043NL");
        assertThat(refused.errors()).hasSize(1);
        ValidationError error = refused.errors().get(0);
        // the productInstanceInstance without id is at line 72 of the sample; the validator reports the element
        // found where the id should have been: expirationTime, line 74
        assertThat(error.line()).isEqualTo(74);
        assertThat(error.column()).isPositive();
        assertThat(error.message()).contains("expirationTime").contains("\"urn:hl7-org:v3\":id}' is expected");
        assertThat(error.toString()).startsWith("line 74, column ");
        assertThat(refused.getMessage())
                .isEqualTo("PRMM_IN010043NL refused: 1 error, the first at line 74, column " + error.column());
    }

    @Test
    void refusesWhatIsNotXml() {
        InvalidMessageException refused = catchThrowableOfType(
                InvalidMessageException.class,
                () -> reader.read("batch numbers: A21CD482A".getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.errors()).hasSize(1);
        assertThat(refused.errors().get(0).line()).isEqualTo(1);
        assertThat(refused.errors().get(0).message()).contains("Content is not allowed in prolog");
        assertThat(refused.getMessage()).doesNotContain("A21CD482A");
    }

    @Test
    void refusesAnEmptyBody() {
        InvalidMessageException refused =
                catchThrowableOfType(InvalidMessageException.class, () -> reader.read(new byte[0]));

        assertThat(refused.errors()).extracting(ValidationError::message).anyMatch(m -> m.contains("Premature end"));
    }

    @Test
    void refusesAnotherInteraction() {
        byte[] acknowledgement = Acknowledgement.accept(
                "2.999.3",
                "ACK-1",
                Instant.parse("2026-03-01T01:31:00Z"),
                new II("2.16.840.1.113883.2.4.3.8.1000.1", "PRMM-20260301-0042"),
                BatchListXml.DD_JGZ,
                BatchListXml.PRAEVENTIS);

        InvalidMessageException refused =
                catchThrowableOfType(InvalidMessageException.class, () -> reader.read(acknowledgement));

        assertThat(refused.errors()).hasSize(1);
        assertThat(refused.errors().get(0).message())
                .isEqualTo("The root element is '{urn:hl7-org:v3}MCCI_IN000002'; expected"
                        + " '{urn:hl7-org:v3}PRMM_IN010043NL'.");
        assertThat(refused.errors().get(0).line()).isEqualTo(2);
    }

    @Test
    void refusesAnUnknownRootElement() {
        InvalidMessageException refused = catchThrowableOfType(
                InvalidMessageException.class,
                () -> reader.read("<list xmlns=\"urn:example\"/>".getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.errors())
                .extracting(ValidationError::message)
                .containsExactly(
                        "The root element is '{urn:example}list'; expected '{urn:hl7-org:v3}PRMM_IN010043NL'.",
                        "cvc-elt.1.a: Cannot find the declaration of element 'list'.");
    }

    @Test
    void refusesAWrongInteractionId() {
        byte[] xml = Hl7Samples.validWith(
                "<interactionId root=\"2.16.840.1.113883.1.6\" extension=\"PRMM_IN010043NL\"/>",
                "<interactionId root=\"2.16.840.1.113883.1.6\" extension=\"REPC_IN002140NL\"/>");

        InvalidMessageException refused = catchThrowableOfType(InvalidMessageException.class, () -> reader.read(xml));

        assertThat(refused.errors()).hasSize(1);
        assertThat(refused.errors().get(0).line()).isEqualTo(11);
        assertThat(refused.errors().get(0).message())
                .contains("'REPC_IN002140NL'")
                .contains("'extension'")
                .contains("'interactionId'")
                .contains("'PRMM_IN010043NL'");
    }

    @Test
    void refusesAWrongProfileAndVersion() {
        byte[] xml = replace(
                Hl7Samples.validWith("extension=\"810\"", "extension=\"705\""), "NICTIZEd2005-Okt", "NICTIZEd2006-Mei");

        InvalidMessageException refused = catchThrowableOfType(InvalidMessageException.class, () -> reader.read(xml));

        assertThat(refused.errors())
                .extracting(ValidationError::message)
                .anyMatch(m -> m.contains("'NICTIZEd2005-Okt'"))
                .anyMatch(m -> m.contains("'810'"));
    }

    @Test
    void refusesAnEmptyBatchNumber() {
        byte[] xml = Hl7Samples.validWith("extension=\"HX7731\"", "extension=\"  \"");

        InvalidMessageException refused = catchThrowableOfType(InvalidMessageException.class, () -> reader.read(xml));

        assertThat(refused.errors()).isNotEmpty().allMatch(e -> e.line() == 75);
        assertThat(refused.errors()).anyMatch(e -> e.message().contains("'extension'"));
    }

    @Test
    void refusesAnExternalEntity() {
        byte[] xml = Hl7Samples.validWith(
                "<PRMM_IN010043NL xmlns=",
                "<!DOCTYPE PRMM_IN010043NL [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<PRMM_IN010043NL xmlns=");
        xml = replace(xml, "<name>Praeventis</name>", "<name>&secret;</name>");
        byte[] attack = xml;

        InvalidMessageException refused =
                catchThrowableOfType(InvalidMessageException.class, () -> reader.read(attack));

        assertThat(refused.errors()).hasSize(1);
        assertThat(refused.errors().get(0).message()).contains("DOCTYPE is disallowed");
        assertThat(refused.getMessage()).doesNotContain("root:");
    }

    @Test
    void refusesAnEntityExpansionBomb() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<PRMM_IN010043NL xmlns=\"urn:hl7-org:v3\">&lol3;</PRMM_IN010043NL>";

        InvalidMessageException refused = catchThrowableOfType(
                InvalidMessageException.class, () -> reader.read(bomb.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.errors().get(0).message()).contains("DOCTYPE is disallowed");
    }

    @Test
    void refusesADateThatIsNoDate() {
        byte[] xml = Hl7Samples.validWith("<high value=\"20261231\"/>", "<high value=\"20261340\"/>");

        InvalidMessageException refused = catchThrowableOfType(InvalidMessageException.class, () -> reader.read(xml));

        assertThat(refused.errors())
                .extracting(ValidationError::message)
                .containsExactly("ProductList/product[1]/instanceOfKind/productInstanceInstance/expirationTime/high:"
                        + " '20261340' is not a valid date.");
    }

    @Test
    void masksWhatLooksLikeABsnInErrors() {
        byte[] xml = Hl7Samples.validWith("extension=\"PRMM_IN010043NL\"/>", "extension=\"111222333\"/>");

        InvalidMessageException refused = catchThrowableOfType(InvalidMessageException.class, () -> reader.read(xml));

        assertThat(refused.errors().get(0).message()).contains("'*********'").doesNotContain("111222333");
    }

    @Test
    void readsAListOfTwentyThousandEntriesWrittenByTheWriter() {
        List<BatchListMessage.Entry> entries = BatchListXml.entries(20_000);
        BatchListMessage written = BatchListXml.message(entries);
        byte[] xml = BatchListXml.write(written);
        long first = System.nanoTime();
        reader.read(xml);
        long firstMillis = (System.nanoTime() - first) / 1_000_000;
        for (int i = 0; i < 4; i++) {
            reader.read(xml); // let the JIT compile the paths
        }

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        BatchListMessage read = reader.read(xml);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        // figures for people, not an assertion: shared build machines are too noisy to time
        System.out.printf(
                "BatchListReader: %,d entries (%,d bytes) validated and read in %d ms (%d ms CPU); first read %d ms%n",
                read.entries().size(), xml.length, millis, cpuMillis, firstMillis);

        assertThat(read).isEqualTo(written);
        assertThat(read.entries()).hasSize(20_000);
        assertThat(read.entries()).filteredOn(e -> e.expiry() == null).hasSize(2_857);
        assertThat(read.entries()).filteredOn(e -> e.productCode() == null).hasSize(2_000);
    }

    private static BatchListMessage.Entry entry(BatchListMessage list, String batchNumber) {
        return list.entries().stream()
                .filter(e -> e.batchNumber().equals(batchNumber))
                .findFirst()
                .orElseThrow();
    }

    private static byte[] replace(byte[] xml, String find, String replace) {
        String text = new String(xml, StandardCharsets.UTF_8);
        if (!text.contains(find)) {
            throw new IllegalArgumentException("not in the message: " + find);
        }
        return text.replace(find, replace).getBytes(StandardCharsets.UTF_8);
    }
}
