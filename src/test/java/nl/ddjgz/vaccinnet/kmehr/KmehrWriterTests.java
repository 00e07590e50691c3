package nl.ddjgz.vaccinnet.kmehr;

import static nl.ddjgz.vaccinnet.kmehr.KmehrSamples.CREATED;
import static nl.ddjgz.vaccinnet.kmehr.KmehrSamples.DAY;
import static nl.ddjgz.vaccinnet.kmehr.KmehrSamples.PHYSICIAN;
import static nl.ddjgz.vaccinnet.kmehr.KmehrSamples.SENDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.ddjgz.shared.Insz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KmehrWriterTests {

    private final KmehrWriter writer = new KmehrWriter();

    private final KmehrReader reader = new KmehrReader();

    @Test
    void severalPatientsWithSeveralVaccinationsRoundTrip() {
        KmehrMessage message = KmehrSamples.several();

        byte[] xml = writer.write(message);

        assertThat(reader.read(xml)).isEqualTo(message);
    }

    @Test
    void writesKmehrWithItsCodeTablesAndVersions() {
        String xml =
                new String(new KmehrWriter(Kmehr.BRUSSELS, true).write(KmehrSamples.several()), StandardCharsets.UTF_8);

        assertThat(xml)
                .contains("xmlns=\"" + Kmehr.NAMESPACE + "\"")
                .contains("<cd S=\"CD-STANDARD\" SV=\"1.0\">" + Kmehr.STANDARD + "</cd>")
                .contains("<id S=\"ID-KMEHR\" SV=\"1.0\">12345678901.20260302101530000</id>")
                // 09:15:30 UTC is 10:15:30 in Brussels in March
                .contains("<date>2026-03-02</date>")
                .contains("<time>10:15:30</time>")
                .contains("<cd S=\"CD-HCPARTY\" SV=\"1.0\">orgpublichealth</cd>")
                .contains("<name>VAZG</name>")
                .contains("<cd S=\"CD-TRANSACTION\" SV=\"1.0\">vaccination</cd>")
                .contains("<cd S=\"CD-ITEM\" SV=\"1.0\">vaccine</cd>")
                .contains("<intendedcd S=\"CD-DRUG-CNK\" SV=\"1.0\">3456789</intendedcd>")
                .contains("<cd S=\"CD-VACCINEINDICATION\" SV=\"1.0\">covid19</cd>")
                .contains("<batch>FK1234</batch>")
                .contains("<iscomplete>true</iscomplete>")
                .contains("<isvalidated>true</isvalidated>")
                .contains("<decimal>0.5</decimal>");
        assertThat(KmehrSchema.SCHEMA
                        .validate(xml.getBytes(StandardCharsets.UTF_8), KmehrSchema.MASK)
                        .errors())
                .isEmpty();
    }

    @Test
    void fiveHundredFoldersAreWrittenFiveHundredAndOneAreNot() {
        assertThat(reader.read(writer.write(KmehrSamples.withFolders(500))).folders())
                .hasSize(500);

        InvalidKmehrException refused =
                catchThrowableOfType(InvalidKmehrException.class, () -> writer.write(KmehrSamples.withFolders(501)));

        assertThat(refused.codes()).containsExactly(KmehrViolation.TOO_MANY_FOLDERS);
        assertThat(refused.violations().get(0).path()).isEqualTo("kmehrmessage");
    }

    static Stream<Arguments> violations() {
        Item mmr = KmehrSamples.mmr();
        return Stream.of(
                rule(
                        KmehrViolation.LOT_REQUIRED,
                        "kmehrmessage/folder[1]/transaction[1]/item[1]/batch",
                        () -> KmehrSamples.one(KmehrSamples.transaction(
                                "t1", new Item("4567890", "Comirnaty", List.of("covid19"), DAY, null)))),
                rule(
                        KmehrViolation.CNK_INVALID,
                        "kmehrmessage/folder[1]/transaction[1]/item[2]/content/medicinalproduct/intendedcd",
                        () -> KmehrSamples.one(KmehrSamples.transaction(
                                "t1", mmr, new Item("123456", "Short CNK", List.of(), DAY, null)))),
                rule(
                        KmehrViolation.NIHII_INVALID,
                        "kmehrmessage/header/sender/hcparty/id",
                        () -> KmehrMessage.of(
                                new Party("1234567890", "Too short", PartyKind.ORG_PRACTICE),
                                CREATED,
                                KmehrSamples.one(KmehrSamples.transaction("t1", mmr))
                                        .folders())),
                rule(
                        KmehrViolation.NIHII_INVALID,
                        "kmehrmessage/folder[1]/transaction[1]/author/hcparty/id",
                        () -> KmehrSamples.one(new Transaction(
                                "t1",
                                DAY,
                                LocalTime.NOON,
                                new Party("1098765432A", "Dr X", PartyKind.PERS_PHYSICIAN),
                                List.of(mmr)))),
                rule(
                        KmehrViolation.AUTHOR_KIND,
                        "kmehrmessage/folder[1]/transaction[1]/author/hcparty/cd",
                        () -> KmehrSamples.one(new Transaction("t1", DAY, LocalTime.NOON, SENDER, List.of(mmr)))),
                rule(
                        KmehrViolation.INSZ_INVALID,
                        "kmehrmessage/folder[1]/patient/id",
                        () -> KmehrSamples.one(
                                new Patient(null, "A", "B", DAY.minusYears(1), Sex.MALE),
                                KmehrSamples.transaction("t1", mmr))),
                rule(
                        KmehrViolation.EMPTY_TRANSACTION,
                        "kmehrmessage/folder[1]/transaction[1]",
                        () -> KmehrSamples.one(KmehrSamples.transaction("t1"))),
                rule(
                        KmehrViolation.EMPTY_FOLDER,
                        "kmehrmessage/folder[1]",
                        () -> KmehrMessage.of(
                                SENDER, CREATED, List.of(new Folder(KmehrSamples.patient(1), List.of())))),
                rule(KmehrViolation.NO_FOLDERS, "kmehrmessage", () -> KmehrMessage.of(SENDER, CREATED, List.of())),
                rule(
                        KmehrViolation.ITEM_AFTER_TRANSACTION,
                        "kmehrmessage/folder[1]/transaction[1]/item[1]/beginmoment/date",
                        () -> KmehrSamples.one(KmehrSamples.transaction(
                                "t1", new Item("1234567", "M-M-RvaxPro", List.of("measles"), DAY.plusDays(1), null)))),
                rule(
                        KmehrViolation.DUPLICATE_TRANSACTION_ID,
                        "kmehrmessage/folder[2]/transaction[1]/id",
                        () -> KmehrMessage.of(
                                SENDER,
                                CREATED,
                                List.of(
                                        new Folder(
                                                KmehrSamples.patient(1),
                                                List.of(KmehrSamples.transaction("same", mmr))),
                                        new Folder(
                                                KmehrSamples.patient(2),
                                                List.of(KmehrSamples.transaction("same", mmr)))))),
                rule(
                        KmehrViolation.MESSAGE_ID,
                        "kmehrmessage/header/id",
                        () -> new KmehrMessage(
                                "10987654321.20260302101530",
                                CREATED,
                                SENDER,
                                KmehrSamples.one(KmehrSamples.transaction("t1", mmr))
                                        .folders())),
                rule(
                        KmehrViolation.MISSING,
                        "kmehrmessage/folder[1]/patient/familyname",
                        () -> KmehrSamples.one(
                                new Patient(KmehrSamples.patient(1).insz(), "A", " ", DAY.minusYears(1), Sex.MALE),
                                KmehrSamples.transaction("t1", mmr))));
    }

    private static Arguments rule(String code, String path, Supplier<KmehrMessage> message) {
        return Arguments.of(code, path, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void eachRuleHasItsCodeAndPath(String code, String path, Supplier<KmehrMessage> message) {
        InvalidKmehrException refused =
                catchThrowableOfType(InvalidKmehrException.class, () -> writer.write(message.get()));

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.violations())
                .containsExactly(new KmehrViolation(
                        code, path, refused.violations().get(0).detail()));
        assertThat(refused.getMessage()).contains(code);
    }

    @Test
    void schemaErrorsNameTheElement() {
        Item longLot = new Item("1234567", "M-M-RvaxPro", List.of("measles"), DAY, "L".repeat(51));

        InvalidKmehrException refused = catchThrowableOfType(
                InvalidKmehrException.class,
                () -> writer.write(KmehrSamples.one(KmehrSamples.transaction("t1", KmehrSamples.mmr(), longLot))));

        assertThat(refused.codes()).containsExactly(KmehrViolation.SCHEMA);
        assertThat(refused.violations().get(0).path()).startsWith("kmehrmessage/folder[1]/transaction[1]/item[2]");
    }

    @Test
    void eachMessageOnAThreadIsCheckedAfreshByItsReusedValidator() {
        Item longLot = new Item("1234567", "M-M-RvaxPro", List.of("measles"), DAY, "L".repeat(51));
        KmehrMessage invalid = KmehrSamples.one(KmehrSamples.transaction("t1", KmehrSamples.mmr(), longLot));
        KmehrMessage valid = KmehrSamples.several();

        byte[] before = writer.write(valid);
        InvalidKmehrException refused = catchThrowableOfType(InvalidKmehrException.class, () -> writer.write(invalid));
        byte[] after = writer.write(valid);
        InvalidKmehrException again = catchThrowableOfType(InvalidKmehrException.class, () -> writer.write(invalid));

        assertThat(refused.codes()).containsExactly(KmehrViolation.SCHEMA);
        assertThat(again.violations()).isEqualTo(refused.violations());
        assertThat(after).isEqualTo(before);
        assertThat(reader.read(after)).isEqualTo(valid);
    }

    @Test
    void anUnknownIndicationCodeIsASchemaError() {
        Item odd = new Item("1234567", "M-M-RvaxPro", List.of("Measles!"), DAY, null);

        InvalidKmehrException refused = catchThrowableOfType(
                InvalidKmehrException.class, () -> writer.write(KmehrSamples.one(KmehrSamples.transaction("t1", odd))));

        assertThat(refused.codes()).containsExactly(KmehrViolation.SCHEMA);
        assertThat(refused.violations().get(0).path()).startsWith("kmehrmessage/folder[1]/transaction[1]/item[1]");
    }

    @Test
    void neverShowsTheInszInAnExceptionOrToString() {
        Patient patient = KmehrSamples.patient(7);
        String insz = patient.insz().value();
        KmehrMessage message = KmehrSamples.one(
                patient,
                KmehrSamples.transaction("t1", new Item("4567890", "Comirnaty", List.of("covid19"), DAY, null)));

        InvalidKmehrException refused = catchThrowableOfType(InvalidKmehrException.class, () -> writer.write(message));

        assertThat(refused.getMessage()).doesNotContain(insz);
        assertThat(refused.violations().toString()).doesNotContain(insz);
        assertThat(message.toString()).doesNotContain(insz).doesNotContain("Kind7");
        assertThat(Insz.of(insz).toString()).doesNotContain(insz);
    }

    @Test
    void aMessageWithoutPhysicianNameIsRefusedNotHalfWritten() {
        assertThatThrownBy(() -> writer.write(KmehrSamples.one(new Transaction(
                        "t1",
                        DAY,
                        LocalTime.NOON,
                        new Party(PHYSICIAN.nihii(), null, PartyKind.PERS_PHYSICIAN),
                        List.of(KmehrSamples.mmr())))))
                .isInstanceOfSatisfying(
                        InvalidKmehrException.class,
                        e -> assertThat(e.violations())
                                .extracting(KmehrViolation::path)
                                .containsExactly("kmehrmessage/folder[1]/transaction[1]/author/hcparty/name"));
    }
}
