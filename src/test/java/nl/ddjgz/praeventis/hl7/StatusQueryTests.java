package nl.ddjgz.praeventis.hl7;

import static nl.ddjgz.praeventis.hl7.Hl7Samples.xpath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatusQueryTests {

    private static final String QUERY = "/hl7:REPC_IN002170NL/hl7:ControlActProcess/hl7:queryByParameter";

    private final StatusQueryWriter writer = new StatusQueryWriter();

    @Test
    void writesTheQueryWithTheFixedCodesAndTheBsnTwice() {
        byte[] xml = writer.write(StatusMessages.byBsn());

        assertThat(Hl7Schemas.get().validate(xml, "REPC_IN002170NL")).isEmpty();
        assertThat(xpath(xml, "/*/hl7:interactionId/@extension")).isEqualTo("REPC_IN002170NL");
        assertThat(xpath(xml, "/*/hl7:acceptAckCode/@code")).isEqualTo("NE");
        assertThat(xpath(xml, "/*/hl7:attentionLine/hl7:keyWordText/@code")).isEqualTo("PATID");
        assertThat(xpath(xml, "/*/hl7:attentionLine/hl7:value/@extension")).isEqualTo("111222333");
        assertThat(xpath(xml, QUERY + "/hl7:templateId/@root")).isEqualTo("2.16.840.1.113883.2.4.6.10.100.181");
        assertThat(xpath(xml, QUERY + "/hl7:queryId/@extension")).isEqualTo("QRY-1");
        assertThat(xpath(xml, QUERY + "/hl7:statusCode/@code")).isEqualTo("executing");
        assertThat(xpath(xml, QUERY + "/hl7:responseModalityCode/@code")).isEqualTo("R");
        assertThat(xpath(xml, QUERY + "/hl7:responsePriorityCode/@code")).isEqualTo("I");
        assertThat(xpath(xml, QUERY + "/hl7:patientId/hl7:value/@root")).isEqualTo("2.16.840.1.113883.2.4.6.3");
        assertThat(xpath(xml, QUERY + "/hl7:patientId/hl7:value/@extension")).isEqualTo("111222333");
        assertThat(xpath(xml, "count(" + QUERY + "/*[starts-with(local-name(), 'person.')])"))
                .isEqualTo("0");
        assertThat(xpath(xml, "//hl7:AssignedDevice/hl7:id/@extension")).isEqualTo("900012345");
    }

    @Test
    void sendsWhatTheDossierKnowsForTheIdentityCheck() {
        byte[] xml = writer.write(StatusMessages.withPerson());

        assertThat(Hl7Schemas.get().validate(xml, "REPC_IN002170NL")).isEmpty();
        assertThat(xpath(xml, QUERY + "/hl7:person.addr/hl7:value/hl7:postalCode"))
                .isEqualTo("3511 AB");
        assertThat(xpath(xml, QUERY + "/hl7:person.addr/hl7:value/hl7:houseNumber"))
                .isEqualTo("112");
        assertThat(xpath(xml, QUERY + "/hl7:person.addr/hl7:value/hl7:buildingNumberSuffix"))
                .isEqualTo("A");
        assertThat(xpath(xml, QUERY + "/hl7:person.administrativeGender/hl7:value/@code"))
                .isEqualTo("F");
        assertThat(xpath(xml, QUERY + "/hl7:person.birthTime/hl7:value/@value")).isEqualTo("20251212");
        assertThat(xpath(xml, QUERY + "/hl7:person.name/hl7:value/hl7:given")).isEqualTo("Sanne Maria");
        assertThat(xpath(xml, QUERY + "/hl7:person.name/hl7:value/hl7:prefix")).isEqualTo("van der");
        assertThat(xpath(xml, QUERY + "/hl7:person.name/hl7:value/hl7:family")).isEqualTo("Berg");
    }

    @Test
    void readsBackWhatItWrote() {
        StatusQuery withPerson = StatusMessages.withPerson();
        StatusQuery byBsn = StatusMessages.byBsn();

        assertThat(RegisterSide.readQuery(writer.write(withPerson))).isEqualTo(withPerson);
        assertThat(RegisterSide.readQuery(writer.write(byBsn))).isEqualTo(byBsn);
        assertThat(RegisterSide.readQuery(writer.write(byBsn)).person()).isNull();
        assertThat(RegisterSide.readQuery(writer.write(withPerson)).person().birthDate())
                .isEqualTo(LocalDate.of(2025, 12, 12));
    }

    @Test
    void sendsOnlyTheDetailsItHas() {
        StatusQuery query = StatusMessages.query(
                new StatusQuery.Person(null, null, "Berg", LocalDate.of(2025, 12, 12), null, null, null, null));

        byte[] xml = writer.write(query);

        assertThat(xpath(xml, "count(" + QUERY + "/hl7:person.addr)")).isEqualTo("0");
        assertThat(xpath(xml, "count(" + QUERY + "/hl7:person.administrativeGender)"))
                .isEqualTo("0");
        assertThat(xpath(xml, QUERY + "/hl7:person.name/hl7:value/hl7:family")).isEqualTo("Berg");
        assertThat(RegisterSide.readQuery(xml)).isEqualTo(query);
    }

    @Test
    void refusesABsnThatFailsTheElfproef() {
        StatusQuery query = new StatusQuery(
                StatusMessages.QUERY_MESSAGE,
                StatusMessages.ASKED,
                BatchListXml.DD_JGZ,
                BatchListXml.PRAEVENTIS,
                VaccinationMessages.DD_JGZ_SYSTEM,
                StatusMessages.QUERY_ID,
                "123456789",
                null);

        assertThatThrownBy(() -> writer.write(query))
                .asInstanceOf(type(InvalidMessageException.class))
                .satisfies(e -> {
                    assertThat(e.interaction()).isEqualTo("REPC_IN002170NL");
                    assertThat(e.violates(RuleViolation.BSN_INVALID)).isTrue();
                    assertThat(e.getMessage()).doesNotContain("123456789");
                });
        assertThat(query.toString()).doesNotContain("123456789");
    }

    @Test
    void theRegisterRefusesAQueryWhoseAttentionLineNamesAnotherChild() {
        String xml = new String(writer.write(StatusMessages.byBsn()), StandardCharsets.UTF_8);
        String tampered = xml.replaceFirst(
                "extension=\"111222333\"/></attentionLine>", "extension=\"123456782\"/></attentionLine>");

        assertThat(tampered).isNotEqualTo(xml);
        assertThatThrownBy(() -> RegisterSide.readQuery(tampered.getBytes(StandardCharsets.UTF_8)))
                .asInstanceOf(type(nl.ddjgz.simulator.praeventis.RefusedMessage.class))
                .extracting(nl.ddjgz.simulator.praeventis.RefusedMessage::refusals)
                .asList()
                .extracting("code")
                .containsExactly(nl.ddjgz.simulator.praeventis.Refusal.BSN_MISMATCH);
    }

    @Test
    void refusesAPostcodeWithoutItsSpace() {
        StatusQuery query =
                StatusMessages.query(new StatusQuery.Person(null, null, null, null, null, 112, null, "3511ab"));

        assertThatThrownBy(() -> writer.write(query))
                .asInstanceOf(type(InvalidMessageException.class))
                .extracting(InvalidMessageException::violations)
                .asList()
                .extracting("code")
                .containsExactly(RuleViolation.POSTCODE_FORMAT);
    }
}
