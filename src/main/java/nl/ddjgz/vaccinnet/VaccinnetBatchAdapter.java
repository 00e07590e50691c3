package nl.ddjgz.vaccinnet;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.ddjgz.registry.Delivery;
import nl.ddjgz.registry.InvalidRegistrationException;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.RegisterProfile;
import nl.ddjgz.registry.RegistryAdapter;
import nl.ddjgz.registry.UnsendableRegistrationException;
import nl.ddjgz.vaccinnet.kmehr.Folder;
import nl.ddjgz.vaccinnet.kmehr.InvalidKmehrException;
import nl.ddjgz.vaccinnet.kmehr.Kmehr;
import nl.ddjgz.vaccinnet.kmehr.KmehrReader;
import nl.ddjgz.vaccinnet.kmehr.KmehrWriter;
import nl.ddjgz.vaccinnet.ws.Fault;
import nl.ddjgz.vaccinnet.ws.PatientResult;
import nl.ddjgz.vaccinnet.ws.ProcessingResult;
import nl.ddjgz.vaccinnet.ws.ProcessingStatus;
import nl.ddjgz.vaccinnet.ws.ResultReply;
import nl.ddjgz.vaccinnet.ws.TransactionResult;
import nl.ddjgz.vaccinnet.ws.UploadReply;
import nl.ddjgz.vaccinnet.ws.UploadRequest;
import org.springframework.stereotype.Component;

/**
 * The Vaccinnet BatchUpload adapter of the registry port. At approval the child's KMEHR folder is built and checked
 * (as a KMEHR message holding that one folder: the payload). The dispatcher hands it up to {@value #MAX_PERSONS}
 * messages at once; they leave as one KMEHR message with all their folders, plus {@code extraInfo{type, pakket}}.
 * The registry answers with a transaction id (every message is SUBMITTED) and processes the upload at its next run;
 * then the outcome is asked per upload and read per patient and KMEHR transaction (our transaction id is the contact
 * moment's id). A registration cannot be taken back by this service: the registry is corrected in the Vaccinnet web
 * application.
 */
@Component
class VaccinnetBatchAdapter implements RegistryAdapter {

    /** At most this many persons (folders; one per message) in one upload. */
    static final int MAX_PERSONS = Kmehr.MAX_FOLDERS;

    /** The software id: integrator_software[_organisation] (letters, digits, "." and "-" in each part). */

    /** Our code when a processed upload holds no result for one of its transactions. */
    static final String NO_RESULT = "GEEN_RESULTAAT";

    private final KmehrComposer composer;
    private final BatchUploadClient client;
    private final BatchPollTimes pollTimes;
    private final VaccinnetBatchProperties properties;
    private final Clock clock;
    private final KmehrWriter writer = new KmehrWriter();
    private final KmehrReader reader = new KmehrReader();
    private final AtomicLong lastStamp = new AtomicLong();

    VaccinnetBatchAdapter(
            KmehrComposer composer,
            BatchUploadClient client,
            BatchPollTimes pollTimes,
            VaccinnetBatchProperties properties,
            Clock clock) {
        this.composer = composer;
        this.client = client;
        this.pollTimes = pollTimes;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public RegisterProfile profile() {
        return VaccinnetRegisters.BATCH;
    }

    /**
     * @return a KMEHR message holding the child's folder (its transaction id is the contact moment's id)
     * @throws UnsendableRegistrationException when the software id is missing or invalid, or as {@link
     *     KmehrComposer#folder}
     */
    @Override
    public String compose(OutgoingRegistration registration, String messageId, Instant at) {
        SoftwareId.of(registration.organisation());
        Folder folder = composer.folder(registration);
        try {
            return new String(
                    writer.write(KmehrComposer.message(registration.organisation(), at, List.of(folder))),
                    StandardCharsets.UTF_8);
        } catch (InvalidKmehrException e) {
            throw new InvalidRegistrationException(
                    e.violations().stream().map(Object::toString).limit(10).toList());
        }
    }

    @Override
    public int maxPerRequest() {
        return MAX_PERSONS;
    }

    /**
     * One upload with the folders of all messages (one per organisation sender and software id, which are the same
     * unless the organisation changed them between approvals).
     */
    @Override
    public List<Delivery> send(List<Pending> messages) {
        Delivery[] deliveries = new Delivery[messages.size()];
        Map<String, List<Integer>> uploads = new LinkedHashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            OutgoingRegistration.Organisation org =
                    messages.get(i).registration().organisation();
            uploads.computeIfAbsent(org.ehealthId() + "|" + org.softwareId(), k -> new ArrayList<>())
                    .add(i);
        }
        for (List<Integer> upload : uploads.values()) {
            upload(upload.stream().map(messages::get).toList(), upload, deliveries);
        }
        return Arrays.asList(deliveries);
    }

    private void upload(List<Pending> messages, List<Integer> positions, Delivery[] deliveries) {
        List<Folder> folders = new ArrayList<>();
        List<Integer> sent = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            try {
                folders.addAll(reader.read(messages.get(i).payload().getBytes(StandardCharsets.UTF_8))
                        .folders());
                sent.add(positions.get(i));
            } catch (InvalidKmehrException e) {
                deliveries[positions.get(i)] = invalid(e);
            }
        }
        if (sent.isEmpty()) {
            return;
        }
        OutgoingRegistration.Organisation org = messages.get(0).registration().organisation();
        Instant now = stamp();
        Delivery outcome;
        try {
            byte[] kmehr = writer.write(KmehrComposer.message(org, now, folders));
            UploadRequest request = new UploadRequest(kmehr, properties.uploadType(), SoftwareId.of(org));
            outcome = outcome(client.upload(request), now);
        } catch (InvalidKmehrException e) {
            outcome = invalid(e);
        } catch (UnsendableRegistrationException | IllegalArgumentException e) {
            outcome = Delivery.refused(
                    Delivery.Outcome.MISCONFIGURED, 0, null, "the software id or eHealth code is missing or invalid");
        }
        for (int position : sent) {
            deliveries[position] = outcome;
        }
    }

    /**
     * The creation time of an upload: the clock, but at least a millisecond after the previous upload of this node, so
     * that uploads sent in parallel never share a KMEHR message id (the sender's NIHII and this time, to the
     * millisecond).
     */
    private Instant stamp() {
        long now = clock.millis();
        return Instant.ofEpochMilli(lastStamp.updateAndGet(last -> Math.max(now, last + 1)));
    }

    private Delivery outcome(BatchUploadClient.Answer<UploadReply> answer, Instant now) {
        if (answer.failure() != null) {
            return answer.failure();
        }
        UploadReply reply = answer.reply();
        if (reply.isAccepted()) {
            return Delivery.submitted(reply.transactionId(), pollTimes.next(now));
        }
        return fault(reply.fault(), Delivery.Outcome.ERROR);
    }

    /** A fault: retried when the service is unavailable, otherwise {@code otherwise} with the registry's code and text. */
    private Delivery fault(Fault fault, Delivery.Outcome otherwise) {
        String text = fault.description() == null || fault.description().isBlank()
                ? fault.code()
                : fault.code() + ": " + fault.description();
        if (properties.retryableFoutCodes().contains(fault.code())) {
            return Delivery.retryable(200, text);
        }
        return Delivery.refused(otherwise, 200, fault.code(), text);
    }

    private static Delivery invalid(InvalidKmehrException e) {
        return Delivery.refused(Delivery.Outcome.REJECTED, 0, "KMEHR", String.join(", ", e.codes()));
    }

    /** Asks the outcome of each upload once, and reads each message's out of it. */
    @Override
    public List<Delivery> poll(List<Pending> submitted) {
        Instant now = clock.instant();
        Map<String, BatchUploadClient.Answer<ResultReply>> results = new HashMap<>();
        List<Delivery> deliveries = new ArrayList<>(submitted.size());
        for (Pending message : submitted) {
            String transactionId = message.remoteId();
            if (transactionId == null || transactionId.isBlank()) {
                deliveries.add(Delivery.refused(
                        Delivery.Outcome.MISCONFIGURED, 0, null, "submitted without a transaction id"));
                continue;
            }
            deliveries.add(outcome(message, results.computeIfAbsent(transactionId, client::result), now));
        }
        return deliveries;
    }

    private Delivery outcome(Pending message, BatchUploadClient.Answer<ResultReply> answer, Instant now) {
        if (answer.failure() != null) {
            return answer.failure();
        }
        ResultReply reply = answer.reply();
        if (reply.fault() != null) {
            // e.g. an unknown transaction id: the administrator looks, and may send it again
            return fault(reply.fault(), Delivery.Outcome.MISCONFIGURED);
        }
        ProcessingResult result = reply.result();
        if (result.status() == ProcessingStatus.PENDING) {
            return Delivery.pending(pollTimes.next(now));
        }
        String ours = message.registration().contactMomentId().toString();
        for (PatientResult patient : result.patients()) {
            for (TransactionResult transaction : patient.transactions()) {
                if (ours.equals(transaction.kmehrTransactionId())) {
                    return transactionOutcome(transaction, result.transactionId());
                }
            }
        }
        return Delivery.refused(
                Delivery.Outcome.ERROR,
                200,
                NO_RESULT,
                "Vaccinnet gaf geen resultaat voor deze vaccinatie in de verwerkte upload; controleer in Vaccinnet.");
    }

    private Delivery transactionOutcome(TransactionResult transaction, String transactionId) {
        String text =
                transaction.resultText() == null || transaction.resultText().isBlank()
                        ? transaction.resultCode()
                        : transaction.resultText();
        if (properties.acceptedResultCodes().contains(transaction.resultCode())) {
            return Delivery.accepted(200, transaction.resultCode(), text, transactionId);
        }
        return Delivery.refused(Delivery.Outcome.REJECTED, 200, transaction.resultCode(), text);
    }
}
