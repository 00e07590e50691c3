package nl.ddjgz.vaccinnet.kmehr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.ddjgz.vaccinnet.TestInsz;
import org.junit.jupiter.api.Test;

class KmehrReaderTests {

    private final KmehrReader reader = new KmehrReader();

    private static String written(KmehrMessage message) {
        return new String(new KmehrWriter(Kmehr.BRUSSELS, true).write(message), StandardCharsets.UTF_8);
    }

    private InvalidKmehrException refused(String xml) {
        InvalidKmehrException refused = catchThrowableOfType(
                InvalidKmehrException.class, () -> reader.read(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    @Test
    void readsWhatTheWriterWrote() {
        KmehrMessage message = KmehrSamples.several();

        KmehrMessage read = reader.read(written(message).getBytes(StandardCharsets.UTF_8));

        assertThat(read).isEqualTo(message);
        assertThat(read.folders().get(1).transactions().get(0).items().get(0).indications())
                .containsExactly("diphteria", "tetanus", "pertussis", "poliomyelitis", "hib", "hepatitisb");
    }

    @Test
    void refusesADoctype() {
        String xml = written(KmehrSamples.several())
                .replaceFirst("\\?>", "?>\n<!DOCTYPE kmehrmessage [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                .replace("<name>VAZG</name>", "<name>&xxe;</name>");

        InvalidKmehrException refused = refused(xml);

        assertThat(refused.codes()).containsExactly(KmehrViolation.NOT_XML);
        assertThat(refused.violations().get(0).detail()).containsIgnoringCase("DOCTYPE");
    }

    @Test
    void refusesWhatIsNotXml() {
        assertThat(refused("<kmehrmessage><header>").codes()).containsExactly(KmehrViolation.NOT_XML);
        assertThat(refused("not xml at all").codes()).containsExactly(KmehrViolation.NOT_XML);
    }

    @Test
    void theRulesApplyToWhatIsRead() {
        String xml = written(KmehrSamples.several()).replace("<batch>FK1234</batch>", "");

        InvalidKmehrException refused = refused(xml);

        assertThat(refused.codes()).containsExactly(KmehrViolation.LOT_REQUIRED);
        assertThat(refused.violations())
                .extracting(KmehrViolation::path)
                .containsExactly(
                        "kmehrmessage/folder[1]/transaction[2]/item[1]/batch",
                        "kmehrmessage/folder[2]/transaction[2]/item[1]/batch",
                        "kmehrmessage/folder[3]/transaction[2]/item[1]/batch");
    }

    @Test
    void theSchemaRefusesAnItemWithoutAdministrationDate() {
        String xml = written(KmehrSamples.one(KmehrSamples.transaction("t1", KmehrSamples.mmr())))
                .replaceAll("(?s)<beginmoment>.*?</beginmoment>", "");

        InvalidKmehrException refused = refused(xml);

        assertThat(refused.codes()).containsExactly(KmehrViolation.SCHEMA);
        assertThat(refused.violations().get(0).detail()).contains("line").contains("beginmoment");
    }

    @Test
    void theSchemaRefusesAnotherCodeTable() {
        String xml = written(KmehrSamples.several()).replace("S=\"CD-DRUG-CNK\"", "S=\"CD-DRUG-CNK-OTHER\"");

        assertThat(refused(xml).codes()).containsExactly(KmehrViolation.SCHEMA);
    }

    @Test
    void theSchemaRefusesATransactionWithoutAuthor() {
        String xml = written(KmehrSamples.one(KmehrSamples.transaction("t1", KmehrSamples.mmr())))
                .replaceAll("(?s)<author>.*?</author>", "");

        assertThat(refused(xml).codes()).containsExactly(KmehrViolation.SCHEMA);
    }

    @Test
    void anInszWithWrongCheckDigitsIsRefusedWithoutShowingIt() {
        Patient patient = KmehrSamples.patient(3);
        String valid = patient.insz().value();
        String invalid = TestInsz.invalid(patient.birthDate(), 3);
        String xml = written(KmehrSamples.one(patient, KmehrSamples.transaction("t1", KmehrSamples.mmr())))
                .replace(valid, invalid);

        InvalidKmehrException refused = refused(xml);

        assertThat(refused.codes()).containsExactly(KmehrViolation.INSZ_INVALID);
        assertThat(refused.violations().get(0).path()).isEqualTo("kmehrmessage/folder[1]/patient/id");
        assertThat(refused.getMessage() + refused.violations()).doesNotContain(invalid);
    }

    @Test
    void aSchemaErrorQuotingAnInszMasksIt() {
        Patient patient = KmehrSamples.patient(3);
        String valid = patient.insz().value();
        String xml = written(KmehrSamples.one(patient, KmehrSamples.transaction("t1", KmehrSamples.mmr())))
                .replace(valid, valid + "1");

        InvalidKmehrException refused = refused(xml);

        assertThat(refused.codes()).containsExactly(KmehrViolation.SCHEMA);
        assertThat(refused.violations().toString()).doesNotContain(valid).contains("*********");
    }

    @Test
    void anotherRootIsRefused() {
        String xml = "<?xml version=\"1.0\"?><header xmlns=\"" + Kmehr.NAMESPACE + "\"/>";

        assertThat(refused(xml).codes()).containsExactly(KmehrViolation.SCHEMA);
    }

    @Test
    void aPhysicianWithFirstAndFamilyNameIsRead() {
        String xml = written(KmehrSamples.one(KmehrSamples.transaction("t1", KmehrSamples.mmr())))
                .replace("<name>An Peeters</name>", "<firstname>An</firstname><familyname>Peeters</familyname>");

        KmehrMessage read = reader.read(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(read.folders().get(0).transactions().get(0).author().name()).isEqualTo("An Peeters");
        assertThat(read.folders()).hasSize(1);
        assertThat(List.of(read.sender())).containsExactly(KmehrSamples.SENDER);
    }
}
