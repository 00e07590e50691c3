package nl.ddjgz.simulator.vaccinnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.Inszs;
import nl.ddjgz.simulator.Faults;
import nl.ddjgz.simulator.vaccinnet.BatchUploadMessages.UploadRequest;
import nl.ddjgz.vaccinnet.kmehr.Folder;
import nl.ddjgz.vaccinnet.kmehr.Item;
import nl.ddjgz.vaccinnet.kmehr.KmehrMessage;
import nl.ddjgz.vaccinnet.kmehr.KmehrWriter;
import nl.ddjgz.vaccinnet.kmehr.Party;
import nl.ddjgz.vaccinnet.kmehr.PartyKind;
import nl.ddjgz.vaccinnet.kmehr.Patient;
import nl.ddjgz.vaccinnet.kmehr.Sex;
import nl.ddjgz.vaccinnet.kmehr.Transaction;
import nl.ddjgz.vaccinnet.ws.PatientResult;
import nl.ddjgz.vaccinnet.ws.ProcessingResult;
import nl.ddjgz.vaccinnet.ws.ProcessingStatus;
import nl.ddjgz.vaccinnet.ws.ResultReply;
import nl.ddjgz.vaccinnet.ws.TransactionResult;
import nl.ddjgz.vaccinnet.ws.UploadReply;
import org.junit.jupiter.api.Test;

/**
 * The simulated registry behind BatchUpload: what it refuses at upload (foutCode), that it keeps an upload unprocessed
 * until a run, and its outcome per patient and transaction.
 */
class BatchUploadSimulatorTests {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final Party SENDER = new Party("71012345000", "Kind en Gezin Gent", PartyKind.ORG_PUBLIC_HEALTH);
    private static final Party PHYSICIAN = new Party("12345625003", "Anna Arts", PartyKind.PERS_PHYSICIAN);
    private static final String PAKKET = "ddjgz_vaccinatie_kgtest";

    private final Faults faults = new Faults();
    private final BatchUploadSimulator simulator = new BatchUploadSimulator(faults, Clock.fixed(NOW, ZoneOffset.UTC));

    private static Folder folder(Insz insz, String transactionId, String lot) {
        Item hexyon = new Item("3187011", "Hexyon", List.of("diphteria", "tetanus"), DAY, lot);
        return new Folder(
                new Patient(insz, "Emma", "Peeters", DAY.minusMonths(3), Sex.FEMALE),
                List.of(new Transaction(transactionId, DAY, LocalTime.NOON, PHYSICIAN, List.of(hexyon))));
    }

    private static UploadRequest upload(List<Folder> folders, String pakket) {
        return new UploadRequest(new KmehrWriter().write(KmehrMessage.of(SENDER, NOW, folders)), "vaccinatie", pakket);
    }

    private static UploadRequest upload(Folder... folders) {
        return upload(List.of(folders), PAKKET);
    }

    private static TransactionResult only(ProcessingResult result, String transactionId) {
        return result.patients().stream()
                .flatMap(p -> p.transactions().stream())
                .filter(t -> t.kmehrTransactionId().equals(transactionId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anUploadGetsATransactionIdAndStaysUnprocessedUntilARun() {
        Insz insz = Inszs.random();
        UploadReply reply = simulator.upload(upload(folder(insz, "cm-1", "VX241A")));

        assertThat(reply.isAccepted()).isTrue();
        ResultReply before = simulator.result(reply.transactionId());
        assertThat(before.result().status()).isEqualTo(ProcessingStatus.PENDING);
        assertThat(before.result().patients()).isEmpty();
        assertThat(simulator.isRegistered("cm-1")).isFalse();

        assertThat(simulator.process()).isEqualTo(1);

        ProcessingResult after = simulator.result(reply.transactionId()).result();
        assertThat(after.status()).isEqualTo(ProcessingStatus.PROCESSED);
        assertThat(after.patients())
                .singleElement()
                .extracting(PatientResult::insz)
                .isEqualTo(insz);
        assertThat(only(after, "cm-1").resultCode()).isEqualTo(BatchUploadSimulator.OK);
        assertThat(simulator.isRegistered("cm-1")).isTrue();
        assertThat(simulator.process())
                .as("a processed upload is not processed again")
                .isZero();
    }

    @Test
    void invalidKmehrIsRefusedWithAFoutCode() {
        UploadRequest notKmehr =
                new UploadRequest("<kmehrmessage/>".getBytes(StandardCharsets.UTF_8), "vaccinatie", PAKKET);

        UploadReply reply = simulator.upload(notKmehr);

        assertThat(reply.isAccepted()).isFalse();
        assertThat(reply.fault().code()).isEqualTo(BatchUploadSimulator.INVALID_KMEHR);
        assertThat(simulator.uploads()).isEmpty();
    }

    @Test
    void moreThanFiveHundredPersonsAreRefused() {
        List<Folder> folders = new ArrayList<>();
        IntStream.range(0, 501).forEach(i -> folders.add(folder(Inszs.random(), "cm-" + i, "L1")));
        // our writer refuses such a message; the registry must refuse it too when another sender writes one
        UploadRequest tooMany = new UploadRequest(
                new KmehrWriter().write(KmehrMessage.of(SENDER, NOW, folders.subList(0, 500))), "vaccinatie", PAKKET);
        assertThat(simulator.upload(tooMany).isAccepted()).as("500 is allowed").isTrue();

        byte[] xml501 = withOneFolderMore(tooMany.kmehrMessage());
        UploadReply reply = simulator.upload(new UploadRequest(xml501, "vaccinatie", PAKKET));

        assertThat(reply.isAccepted()).isFalse();
        assertThat(reply.fault().code()).isEqualTo(BatchUploadSimulator.TOO_MANY_PERSONS);
    }

    /** The same message with its last folder repeated under another transaction id: 501 persons. */
    private static byte[] withOneFolderMore(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8);
        int start = text.lastIndexOf("<folder>");
        int end = text.lastIndexOf("</folder>") + "</folder>".length();
        String copy = text.substring(start, end).replace(">cm-499<", ">cm-500<");
        return (text.substring(0, end) + copy + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anInvalidPakketIsRefused() {
        UploadReply reply = simulator.upload(upload(List.of(folder(Inszs.random(), "cm-p", "L1")), "ddjgz vaccinatie"));

        assertThat(reply.fault().code()).isEqualTo(BatchUploadSimulator.INVALID_PAKKET);
    }

    @Test
    void anUnknownPersonIsNotFoundWhileTheOthersInTheUploadAreRegistered() {
        Insz unknown = Inszs.random();
        faults.errorFor(unknown.value());
        UploadReply reply =
                simulator.upload(upload(folder(Inszs.random(), "cm-a", "L1"), folder(unknown, "cm-b", "L1")));

        simulator.process();

        ProcessingResult result = simulator.result(reply.transactionId()).result();
        assertThat(only(result, "cm-a").resultCode()).isEqualTo(BatchUploadSimulator.OK);
        TransactionResult notFound = only(result, "cm-b");
        assertThat(notFound.resultCode()).isEqualTo(BatchUploadSimulator.NOT_FOUND);
        assertThat(notFound.resultText()).startsWith("Zorgvrager niet teruggevonden");
        assertThat(simulator.isRegistered("cm-b")).isFalse();
    }

    @Test
    void aMissingLotForAProductThatRequiresItIsNotRegistered() {
        simulator.requireLotFor("3187011");
        UploadReply reply = simulator.upload(upload(folder(Inszs.random(), "cm-lot", null)));

        simulator.process();

        TransactionResult result = only(simulator.result(reply.transactionId()).result(), "cm-lot");
        assertThat(result.resultCode()).isEqualTo(BatchUploadSimulator.LOT_MISSING);
        assertThat(result.resultText()).contains("Hexyon");
    }

    @Test
    void aReUploadedTransactionIsRegisteredOnce() {
        Folder folder = folder(Inszs.random(), "cm-again", "L1");
        UploadReply first = simulator.upload(upload(folder));
        UploadReply again = simulator.upload(upload(folder));

        simulator.process();

        assertThat(only(simulator.result(first.transactionId()).result(), "cm-again")
                        .resultCode())
                .isEqualTo(BatchUploadSimulator.OK);
        TransactionResult second = only(simulator.result(again.transactionId()).result(), "cm-again");
        assertThat(second.resultCode()).isEqualTo(BatchUploadSimulator.OK);
        assertThat(second.resultText()).startsWith("Reeds geregistreerd");
        assertThat(simulator.registrations()).hasSize(1);
        assertThat(simulator.duplicates()).isEqualTo(1);
    }

    @Test
    void anUnknownTransactionIdIsAFault() {
        ResultReply reply = simulator.result("no-such-upload");

        assertThat(reply.fault().code()).isEqualTo(BatchUploadSimulator.UNKNOWN_TRANSACTION);
    }
}
