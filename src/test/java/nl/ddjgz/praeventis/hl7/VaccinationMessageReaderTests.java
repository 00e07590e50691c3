package nl.ddjgz.praeventis.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the register simulator receives: our messages, and broken ones. */
class VaccinationMessageReaderTests {

    private final VaccinationMessageReader reader = new VaccinationMessageReader();

    private static String withBsn() {
        return new String(VaccinationMessages.writer().write(VaccinationMessages.withBsn()), StandardCharsets.UTF_8);
    }

    private static byte[] replaced(String xml, String find, String replace) {
        assertThat(xml).contains(find);
        return xml.replace(find, replace).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheSenderAndTheControlActAuthor() {
        VaccinationMessage read = reader.read(withBsn().getBytes(StandardCharsets.UTF_8));

        assertThat(read.messageId()).isEqualTo(new II(VaccinationMessages.MESSAGE_ROOT, "VAC-1"));
        assertThat(read.creationTime()).isEqualTo(VaccinationMessages.CREATED);
        assertThat(read.sender()).isEqualTo(BatchListXml.DD_JGZ);
        assertThat(read.receiver()).isEqualTo(BatchListXml.PRAEVENTIS);
        assertThat(read.author()).isEqualTo(VaccinationMessages.DD_JGZ_SYSTEM);
        assertThat(read.interaction()).isEqualTo("REPC_IN002140NL");
        assertThat(read.encounter().locationName()).isEqualTo("Consultatiebureau Utrecht Noord");
    }

    @Test
    void refusesAPayloadBsnThatIsNotTheAttentionLinesBsn() {
        // both BSNs pass the elfproef; the attention line names another child than the payload
        byte[] xml = replaced(
                withBsn(),
                "root=\"2.16.840.1.113883.2.4.6.3\" extension=\"111222333\"/></attentionLine>",
                "root=\"2.16.840.1.113883.2.4.6.3\" extension=\"123456782\"/></attentionLine>");

        assertThatThrownBy(() -> reader.read(xml))
                .asInstanceOf(type(InvalidMessageException.class))
                .satisfies(e -> {
                    assertThat(e.errors()).isEmpty();
                    assertThat(e.violations())
                            .extracting(RuleViolation::code)
                            .containsExactly(RuleViolation.BSN_MISMATCH);
                    assertThat(e.getMessage())
                            .isEqualTo("REPC_IN002140NL refused: 1 rule violation (BSN_MISMATCH)")
                            .doesNotContain("123456782", "111222333");
                });
    }

    @Test
    void refusesAnAttentionLineThatIsNotABsn() {
        byte[] xml = replaced(
                withBsn(),
                "root=\"2.16.840.1.113883.2.4.6.3\" extension=\"111222333\"/></attentionLine>",
                "root=\"2.16.840.1.113883.2.4.6.6\" extension=\"111222333\"/></attentionLine>");

        assertThatThrownBy(() -> reader.read(xml))
                .asInstanceOf(type(InvalidMessageException.class))
                .extracting(InvalidMessageException::violations)
                .asList()
                .extracting("code")
                .containsExactly(RuleViolation.ATTENTION_LINE);
    }

    @Test
    void refusesAMessageWithBsnWithoutAttentionLine() {
        String xml = withBsn();
        String line = xml.substring(xml.indexOf("<attentionLine>"), xml.indexOf("</attentionLine>") + 16);

        assertThatThrownBy(() -> reader.read(replaced(xml, line, "")))
                .asInstanceOf(type(InvalidMessageException.class))
                .satisfies(e -> assertThat(e.errors())
                        .first()
                        .satisfies(error -> assertThat(error.message()).contains("attentionLine")));
    }

    @Test
    void refusesAnAttentionLineInTheAnonymisedMessage() {
        String anonymised = new String(
                VaccinationMessages.writer().write(VaccinationMessages.anonymised()), StandardCharsets.UTF_8);
        String attentionLine = withBsn()
                .substring(withBsn().indexOf("<attentionLine>"), withBsn().indexOf("</attentionLine>") + 16);

        byte[] xml = replaced(anonymised, "<receiver", attentionLine + "<receiver");

        assertThatThrownBy(() -> reader.read(xml))
                .asInstanceOf(type(InvalidMessageException.class))
                .satisfies(e -> assertThat(e.errors())
                        .first()
                        .satisfies(error -> assertThat(error.message()).contains("attentionLine")));
    }

    @Test
    void refusesADateThatIsNotARealDay() {
        byte[] xml = replaced(withBsn(), "<birthTime value=\"20251212\"/>", "<birthTime value=\"20250230\"/>");

        assertThatThrownBy(() -> reader.read(xml))
                .asInstanceOf(type(InvalidMessageException.class))
                .satisfies(e -> {
                    assertThat(e.errors()).isEmpty();
                    assertThat(e.violations())
                            .extracting(RuleViolation::code, RuleViolation::description)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                    RuleViolation.DATE_FORMAT,
                                    "patient birthTime is not a real date of at least YYYYMMDD"));
                });
    }

    @Test
    void refusesAVaccinationDateWithoutDay() {
        // the schema wants at least YYYYMMDD
        byte[] xml = replaced(
                withBsn(),
                "<effectiveTime value=\"20260312\"/><consumable",
                "<effectiveTime value=\"202603\"/><consumable");

        assertThatThrownBy(() -> reader.read(xml))
                .asInstanceOf(type(InvalidMessageException.class))
                .satisfies(e -> assertThat(e.errors())
                        .isNotEmpty()
                        .first()
                        .satisfies(error -> assertThat(error.message()).contains("202603")));
    }

    @Test
    void refusesAnObjectionWithAReasonOutsideW0323() {
        byte[] xml = replaced(
                withBsn(),
                "code=\"2\" codeSystem=\"2.16.840.1.113883.2.4.4.40.394\"",
                "code=\"3\" codeSystem=\"2.16.840.1.113883.2.4.4.40.394\"");

        assertThatThrownBy(() -> reader.read(xml))
                .asInstanceOf(type(InvalidMessageException.class))
                .extracting(InvalidMessageException::violations)
                .asList()
                .extracting("code")
                .containsExactly(RuleViolation.OBJECTION_REASON);
    }

    @Test
    void refusesAnotherInteraction() {
        assertThatThrownBy(() -> reader.read(BatchListXml.withEntries(1)))
                .asInstanceOf(type(InvalidMessageException.class))
                .satisfies(e -> {
                    assertThat(e.interaction()).isEqualTo("REPC_IN002140NL/REPC_IN002145NL");
                    assertThat(e.errors().get(0).message())
                            .isEqualTo("The root element is '{urn:hl7-org:v3}PRMM_IN010043NL'; expected"
                                    + " '{urn:hl7-org:v3}REPC_IN002140NL' or '{urn:hl7-org:v3}REPC_IN002145NL'.");
                });
    }
}
