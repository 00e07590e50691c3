package nl.ddjgz.simulator.vaccinnet;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.simulator.Faults;
import nl.ddjgz.simulator.vaccinnet.BatchUploadMessages.UploadRequest;
import nl.ddjgz.simulator.vaccinnet.RegisterKmehr.Person;
import nl.ddjgz.simulator.vaccinnet.RegisterKmehr.Product;
import nl.ddjgz.simulator.vaccinnet.RegisterKmehr.Vaccination;
import nl.ddjgz.vaccinnet.ws.Fault;
import nl.ddjgz.vaccinnet.ws.PatientResult;
import nl.ddjgz.vaccinnet.ws.ProcessingResult;
import nl.ddjgz.vaccinnet.ws.ProcessingStatus;
import nl.ddjgz.vaccinnet.ws.ResultReply;
import nl.ddjgz.vaccinnet.ws.TransactionResult;
import nl.ddjgz.vaccinnet.ws.UploadReply;

/**
 * The simulated Vaccinnet registry behind BatchUpload: takes an upload that passes our schema, the registry's own reading of the KMEHR ({@link RegisterKmehr}), the
 * limit of 500 persons and the software id's form (otherwise a {@code foutCode}), answers with a transaction id and
 * keeps the upload unprocessed until a processing run ({@link #process()}: on its schedule or on demand). A run gives
 * the outcome per patient and KMEHR transaction: registered, "zorgvrager niet teruggevonden" for a person it does not
 * know (set with {@link Faults#errorFor(String)} and the INSZ), or a missing lot for a product that requires one. A
 * KMEHR transaction that is already registered (a re-upload after a lost answer) is registered once. Thread-safe.
 */
public final class BatchUploadSimulator {

    /** At most this many persons per upload. */
    public static final int MAX_PERSONS = 500;

    public static final String OK = "OK";
    public static final String NOT_FOUND = "ZORGVRAGER_NIET_GEVONDEN";
    public static final String LOT_MISSING = "LOT_ONTBREEKT";
    public static final String INVALID_MESSAGE = "BERICHT_ONGELDIG";
    public static final String INVALID_KMEHR = "KMEHR_ONGELDIG";
    public static final String TOO_MANY_PERSONS = "TE_VEEL_PERSONEN";
    public static final String INVALID_PAKKET = "PAKKET_ONGELDIG";
    public static final String UNKNOWN_TRANSACTION = "TRANSACTIE_ONBEKEND";

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final Pattern PAKKET = Pattern.compile("[\\p{L}\\p{N}.-]+(_[\\p{L}\\p{N}.-]+){1,3}");

    private final Faults faults;
    private final Clock clock;
    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final Map<String, Registered> registered = new ConcurrentHashMap<>();
    private final Set<String> lotRequired = ConcurrentHashMap.newKeySet();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong runs = new AtomicLong();
    private final AtomicLong sequence = new AtomicLong();

    public BatchUploadSimulator(Faults faults, Clock clock) {
        this.faults = faults;
        this.clock = clock;
    }

    /** Takes an upload: a transaction id, or a fault when it is refused (nothing is kept then). */
    public UploadReply upload(UploadRequest request) {
        requests.incrementAndGet();
        String pakket = request.pakket().strip();
        if (pakket.length() > 50 || !PAKKET.matcher(pakket).matches()) {
            return UploadReply.refused(new Fault(
                    INVALID_PAKKET, "Het pakket (software-ID) heeft niet de vorm integrator_software[_organisatie]."));
        }
        List<Person> folders;
        try {
            folders = RegisterKmehr.read(request.kmehrMessage(), LocalDate.now(clock.withZone(BRUSSELS)))
                    .persons();
        } catch (RegisterKmehr.RefusedException e) {
            if (e.refuses(RegisterKmehr.TOO_MANY_PERSONS)) {
                return UploadReply.refused(
                        new Fault(TOO_MANY_PERSONS, "Hoogstens " + MAX_PERSONS + " personen per upload."));
            }
            return UploadReply.refused(
                    new Fault(INVALID_KMEHR, "Het KMEHR-bericht is ongeldig: " + String.join(", ", e.codes())));
        }
        if (folders.size() > MAX_PERSONS) {
            return UploadReply.refused(
                    new Fault(TOO_MANY_PERSONS, "Hoogstens " + MAX_PERSONS + " personen per upload."));
        }
        String transactionId = UUID.randomUUID().toString();
        uploads.put(
                transactionId, new Upload(sequence.incrementAndGet(), transactionId, clock.instant(), pakket, folders));
        return UploadReply.accepted(transactionId);
    }

    /** The result of an upload: PENDING until a processing run, then the outcome per patient and transaction. */
    public ResultReply result(String transactionId) {
        requests.incrementAndGet();
        Upload upload = uploads.get(transactionId);
        if (upload == null) {
            return ResultReply.refused(new Fault(UNKNOWN_TRANSACTION, "Onbekende transactionId."));
        }
        ProcessingResult result = upload.result;
        return ResultReply.of(
                result == null ? new ProcessingResult(transactionId, ProcessingStatus.PENDING, List.of()) : result);
    }

    /**
     * A processing run: every upload not yet processed, in order of arrival.
     *
     * @return how many uploads it processed
     */
    public synchronized int process() {
        runs.incrementAndGet();
        List<Upload> waiting = uploads.values().stream()
                .filter(u -> u.result == null)
                .sorted(java.util.Comparator.comparingLong(u -> u.sequence))
                .toList();
        for (Upload upload : waiting) {
            List<PatientResult> patients = new ArrayList<>();
            for (Person person : upload.folders()) {
                List<TransactionResult> results = new ArrayList<>();
                for (Vaccination vaccination : person.vaccinations()) {
                    results.add(register(person, vaccination, upload));
                }
                patients.add(new PatientResult(Insz.of(person.insz()), results));
            }
            upload.result = new ProcessingResult(upload.transactionId(), ProcessingStatus.PROCESSED, patients);
        }
        return waiting.size();
    }

    private TransactionResult register(Person person, Vaccination transaction, Upload upload) {
        String insz = person.insz();
        if (faults.refuses(insz)) {
            return new TransactionResult(
                    transaction.transactionId(),
                    NOT_FOUND,
                    "Zorgvrager niet teruggevonden: het INSZ is onbekend of komt niet overeen met naam en"
                            + " geboortedatum.");
        }
        for (Product item : transaction.products()) {
            if (lotRequired.contains(item.cnk()) && item.lot() == null) {
                return new TransactionResult(
                        transaction.transactionId(), LOT_MISSING, "Het lotnummer ontbreekt voor " + item.name() + ".");
            }
        }
        Registered first = registered.putIfAbsent(
                transaction.transactionId(),
                new Registered(
                        transaction.transactionId(), insz, upload.transactionId(), upload.pakket(), clock.instant()));
        if (first != null) {
            duplicates.incrementAndGet();
            return new TransactionResult(
                    transaction.transactionId(), OK, "Reeds geregistreerd; niet opnieuw geregistreerd.");
        }
        return new TransactionResult(transaction.transactionId(), OK, "Geregistreerd.");
    }

    /** From now on, a vaccination with this product (CNK code) without lot number is not registered. */
    public void requireLotFor(String cnk) {
        lotRequired.add(cnk);
    }

    /** Whether a KMEHR transaction (our contact moment's id) is registered. */
    public boolean isRegistered(String kmehrTransactionId) {
        return registered.containsKey(kmehrTransactionId);
    }

    /** Every registered KMEHR transaction, once each. */
    public Collection<Registered> registrations() {
        return List.copyOf(registered.values());
    }

    /** The uploads taken, oldest first. */
    public List<Upload> uploads() {
        return uploads.values().stream()
                .sorted(java.util.Comparator.comparingLong(u -> u.sequence))
                .toList();
    }

    /** How many uploads wait for a processing run. */
    public long unprocessed() {
        return uploads.values().stream().filter(u -> u.result == null).count();
    }

    /** How many re-uploaded transactions were answered as already registered. */
    public long duplicates() {
        return duplicates.get();
    }

    public long requests() {
        return requests.get();
    }

    public long runs() {
        return runs.get();
    }

    /** Forgets everything (also the products that require a lot). */
    public synchronized void clear() {
        uploads.clear();
        registered.clear();
        lotRequired.clear();
        requests.set(0);
        duplicates.set(0);
        runs.set(0);
    }

    void countRequest() {
        requests.incrementAndGet();
    }

    /**
     * An upload as taken.
     *
     * @param pakket the software id it came with
     */
    public static final class Upload {

        private final long sequence;
        private final String transactionId;
        private final Instant receivedAt;
        private final String pakket;
        private final List<Person> folders;
        private volatile ProcessingResult result;

        Upload(long sequence, String transactionId, Instant receivedAt, String pakket, List<Person> folders) {
            this.sequence = sequence;
            this.transactionId = transactionId;
            this.receivedAt = receivedAt;
            this.pakket = pakket;
            this.folders = List.copyOf(folders);
        }

        public String transactionId() {
            return transactionId;
        }

        public Instant receivedAt() {
            return receivedAt;
        }

        public String pakket() {
            return pakket;
        }

        /** How many persons (folders) it held. */
        public int persons() {
            return folders.size();
        }

        List<Person> folders() {
            return folders;
        }

        public boolean processed() {
            return result != null;
        }
    }

    /** A KMEHR transaction the registry registered, and from which upload. */
    public record Registered(
            String kmehrTransactionId, String insz, String uploadTransactionId, String pakket, Instant registeredAt) {

        @Override
        public String toString() {
            return "Registered[" + kmehrTransactionId + " from " + uploadTransactionId + "]";
        }
    }
}
