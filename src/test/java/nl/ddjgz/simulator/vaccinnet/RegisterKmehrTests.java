package nl.ddjgz.simulator.vaccinnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.Inszs;
import nl.ddjgz.vaccinnet.kmehr.Folder;
import nl.ddjgz.vaccinnet.kmehr.Item;
import nl.ddjgz.vaccinnet.kmehr.KmehrMessage;
import nl.ddjgz.vaccinnet.kmehr.KmehrWriter;
import nl.ddjgz.vaccinnet.kmehr.Party;
import nl.ddjgz.vaccinnet.kmehr.PartyKind;
import nl.ddjgz.vaccinnet.kmehr.Patient;
import nl.ddjgz.vaccinnet.kmehr.Sex;
import nl.ddjgz.vaccinnet.kmehr.Transaction;
import nl.ddjgz.vaccinnet.ws.AddResult;
import nl.ddjgz.vaccinnet.ws.RegistrationStatus;
import org.junit.jupiter.api.Test;

/**
 * The simulated registry's own reading of KMEHR: it takes what our composer writes and a message written by hand
 * after the registry's description, and refuses what the registry refuses, with the registry's codes.
 */
class RegisterKmehrTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Party SENDER = new Party("71012345000", "Kind en Gezin Test", PartyKind.ORG_PUBLIC_HEALTH);
    private static final Party NURSE = new Party("12345625003", "Els Verpleeg", PartyKind.PERS_NURSE);

    /** A message as the registry describes it, written by hand: one child, one hexavalent vaccination. */
    private static final String BY_HAND = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kmehrmessage xmlns="http://www.ehealth.fgov.be/standards/kmehr/schema/v1">
              <header>
                <standard><cd S="CD-STANDARD" SV="1.0">20161201</cd></standard>
                <id S="ID-KMEHR" SV="1.0">71012345000.20260302101530000</id>
                <date>2026-03-02</date>
                <time>10:15:30</time>
                <sender><hcparty><id S="ID-HCPARTY" SV="1.0">71012345000</id>
                  <cd S="CD-HCPARTY" SV="1.0">orgpublichealth</cd><name>Kind en Gezin Test</name></hcparty></sender>
                <recipient><hcparty><cd S="CD-HCPARTY" SV="1.0">orgpublichealth</cd><name>VAZG</name></hcparty></recipient>
              </header>
              <folder>
                <id S="ID-KMEHR" SV="1.0">1</id>
                <patient>
                  <id S="ID-PATIENT" SV="1.0">25110312330</id>
                  <firstname>Emma</firstname>
                  <familyname>Peeters</familyname>
                  <birthdate><date>2025-11-03</date></birthdate>
                  <sex><cd S="CD-SEX" SV="1.0">female</cd></sex>
                </patient>
                <transaction>
                  <id S="ID-KMEHR" SV="1.0">cm-77-1</id>
                  <cd S="CD-TRANSACTION" SV="1.0">vaccination</cd>
                  <date>2026-03-02</date>
                  <time>10:00:00</time>
                  <author><hcparty><id S="ID-HCPARTY" SV="1.0">12345625003</id>
                    <cd S="CD-HCPARTY" SV="1.0">persphysician</cd><name>Anna Arts</name></hcparty></author>
                  <iscomplete>true</iscomplete>
                  <isvalidated>true</isvalidated>
                  <item>
                    <id S="ID-KMEHR" SV="1.0">1</id>
                    <cd S="CD-ITEM" SV="1.0">vaccine</cd>
                    <content><medicinalproduct><intendedcd S="CD-DRUG-CNK" SV="1.0">3187011</intendedcd>
                      <intendedname>Hexyon</intendedname></medicinalproduct></content>
                    <content><cd S="CD-VACCINEINDICATION" SV="1.0">diphteria</cd></content>
                    <content><cd S="CD-VACCINEINDICATION" SV="1.0">tetanus</cd></content>
                    <beginmoment><date>2026-03-02</date></beginmoment>
                    <batch>HX241A</batch>
                  </item>
                </transaction>
              </folder>
            </kmehrmessage>
            """;

    @Test
    void readsAMessageWrittenByHandAfterTheRegistrysDescription() {
        RegisterKmehr.Message message = RegisterKmehr.read(bytes(BY_HAND), TODAY);

        assertThat(message.id()).isEqualTo("71012345000.20260302101530000");
        assertThat(message.persons()).singleElement().satisfies(person -> {
            assertThat(person.insz()).isEqualTo("25110312330");
            assertThat(person.vaccinations()).singleElement().satisfies(v -> {
                assertThat(v.transactionId()).isEqualTo("cm-77-1");
                assertThat(v.date()).isEqualTo(LocalDate.of(2026, 3, 2));
                assertThat(v.products())
                        .containsExactly(new RegisterKmehr.Product(
                                "3187011", "Hexyon", "HX241A", List.of("diphteria", "tetanus")));
            });
        });
    }

    @Test
    void readsWhatOurComposerWrites() {
        Insz child = Inszs.random();
        Item covid = new Item("3456789", "Comirnaty", List.of("covid19"), LocalDate.of(2026, 3, 1), "FK1234");
        byte[] kmehr = new KmehrWriter().write(message(child, "cm-1", covid));

        RegisterKmehr.Message message = RegisterKmehr.read(kmehr, TODAY);

        assertThat(message.persons()).singleElement().satisfies(person -> {
            assertThat(person.insz()).isEqualTo(child.value());
            assertThat(person.vaccinations())
                    .singleElement()
                    .satisfies(v -> assertThat(v.products())
                            .containsExactly(
                                    new RegisterKmehr.Product("3456789", "Comirnaty", "FK1234", List.of("covid19"))));
        });
    }

    @Test
    void refusesAnInszWhoseCheckDigitsFailEvenWhenTheSchemaTakesIt() {
        String wrong = BY_HAND.replace("25110312330", "25110312331");

        RegisterKmehr.RefusedException refused = catchThrowableOfType(
                RegisterKmehr.RefusedException.class, () -> RegisterKmehr.read(bytes(wrong), TODAY));

        assertThat(refused.codes()).containsExactly(RegisterKmehr.INSZ_INVALID);
        assertThat(refused.refusals().get(0).where()).isEqualTo("kmehrmessage/folder[1]/patient/id");
        assertThat(refused.getMessage() + refused.refusals()).doesNotContain("25110312331");
    }

    @Test
    void refusesACovidVaccinationWithoutLotADateAfterTodayAndAnotherTransactionKind() {
        String noLot = BY_HAND.replace("<batch>HX241A</batch>", "")
                .replace(
                        "<content><cd S=\"CD-VACCINEINDICATION\" SV=\"1.0\">tetanus</cd></content>",
                        "<content><cd S=\"CD-VACCINEINDICATION\" SV=\"1.0\">covid19</cd></content>");
        String future = BY_HAND.replace("2026-03-02</date>", "2026-03-12</date>");
        String notAVaccination = BY_HAND.replace(
                "<cd S=\"CD-TRANSACTION\" SV=\"1.0\">vaccination</cd>",
                "<cd S=\"CD-TRANSACTION\" SV=\"1.0\">note</cd>");

        assertThat(refusal(noLot).codes()).containsExactly(RegisterKmehr.LOT_REQUIRED);
        assertThat(refusal(future).codes()).containsExactly(RegisterKmehr.DATE_IN_FUTURE);
        // the schema of the contract already refuses a transaction that is not a vaccination
        assertThat(refusal(notAVaccination).codes()).containsExactly(RegisterKmehr.SCHEMA);
    }

    @Test
    void refusesAMessageInAnotherNamespaceAndBytesThatAreNotXml() {
        assertThat(refusal(BY_HAND.replace("kmehr/schema/v1", "kmehr/schema/v2"))
                        .codes())
                .containsExactly(RegisterKmehr.SCHEMA);
        assertThat(refusal("<kmehrmessage").codes()).containsExactly(RegisterKmehr.NOT_XML);
    }

    @Test
    void aMessageOurComposerWroteWithAWrongInszIsRefusedByTheRegistryWithItsFault() {
        Insz child = Inszs.random();
        Item hexyon = new Item("3187011", "Hexyon", List.of("diphteria"), LocalDate.of(2026, 3, 2), "HX1");
        String sent = new String(new KmehrWriter().write(message(child, "cm-2", hexyon)), StandardCharsets.UTF_8);
        byte[] misread = bytes(sent.replace(child.value(), Inszs.withWrongCheckDigits(child)));
        RegistratieSimulator registry = new RegistratieSimulator(Clock.systemUTC(), List.of());

        AddResult result = registry.add(new RegistratieMessages.AddRequest("ddjgz_vaccinatie", child, List.of(misread)))
                .results()
                .get(0);

        assertThat(result.status()).isEqualTo(RegistrationStatus.ERROR);
        assertThat(result.fault().code()).isEqualTo(RegistratieSimulator.KMEHR_INVALID);
        assertThat(result.fault().description())
                .startsWith("Het KMEHR-bericht is ongeldig: " + RegisterKmehr.INSZ_INVALID);
        assertThat(registry.holding(child)).isEmpty();
    }

    private static RegisterKmehr.RefusedException refusal(String xml) {
        return catchThrowableOfType(RegisterKmehr.RefusedException.class, () -> RegisterKmehr.read(bytes(xml), TODAY));
    }

    private static KmehrMessage message(Insz child, String transactionId, Item item) {
        Transaction transaction =
                new Transaction(transactionId, LocalDate.of(2026, 3, 2), LocalTime.NOON, NURSE, List.of(item));
        Folder folder = new Folder(
                new Patient(child, "Emma", "Peeters", LocalDate.of(2025, 11, 3), Sex.FEMALE), List.of(transaction));
        return KmehrMessage.of(SENDER, Instant.parse("2026-03-02T09:15:30Z"), List.of(folder));
    }

    private static byte[] bytes(String xml) {
        return xml.strip().getBytes(StandardCharsets.UTF_8);
    }
}
