package nl.ddjgz.simulator.vaccinnet;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.vaccinnet.kmehr.Folder;
import nl.ddjgz.vaccinnet.kmehr.InvalidKmehrException;
import nl.ddjgz.vaccinnet.kmehr.Item;
import nl.ddjgz.vaccinnet.kmehr.KmehrMessage;
import nl.ddjgz.vaccinnet.kmehr.KmehrReader;
import nl.ddjgz.vaccinnet.kmehr.KmehrViolation;
import nl.ddjgz.vaccinnet.kmehr.Transaction;
import nl.ddjgz.vaccinnet.ws.AddResult;
import nl.ddjgz.vaccinnet.ws.AddVaccinations;
import nl.ddjgz.vaccinnet.ws.AddVaccinationsReply;
import nl.ddjgz.vaccinnet.ws.Fault;
import nl.ddjgz.vaccinnet.ws.GetVaccinations;
import nl.ddjgz.vaccinnet.ws.GetVaccinationsReply;
import nl.ddjgz.vaccinnet.ws.RemoveReply;
import nl.ddjgz.vaccinnet.ws.RemoveVaccination;
import nl.ddjgz.vaccinnet.ws.StoredVaccination;

/**
 * The simulated RegistratieService's register, in memory: what it holds per patient under the VaccinationIds it
 * generated, and the registry's checks and refusals (codes and Dutch texts as the registry answers them). A KMEHR
 * message whose transaction ids it already holds gets the same VaccinationId again and is stored once (a re-send after
 * a lost answer). Thread-safe.
 */
public class RegistratieSimulator {

    /** INSZ unknown, or name and birth date do not match it. */
    public static final Fault PATIENT_UNKNOWN = new Fault(
            "ZORGVRAGER_ONBEKEND",
            "Zorgvrager niet teruggevonden: het INSZ is onbekend of naam en geboortedatum komen niet overeen.");

    public static final String KMEHR_INVALID = "KMEHR_ONGELDIG";
    public static final String PATIENT_MISMATCH = "PATIENT_VERSCHILLEND";
    public static final String PRODUCT_UNKNOWN = "PRODUCT_ONBEKEND";
    public static final String LOT_MISSING = "LOT_ONTBREEKT";
    public static final String VACCINATION_UNKNOWN = "VACCINATIE_ONBEKEND";

    private final Clock clock;
    private final KmehrReader reader = new KmehrReader();
    private final Set<String> unknownInszs = ConcurrentHashMap.newKeySet();
    private final Set<String> configuredUnknown;
    private final Set<String> unknownProducts = ConcurrentHashMap.newKeySet();
    private final Set<String> lotRequired = ConcurrentHashMap.newKeySet();
    private final Map<String, Stored> byId = new LinkedHashMap<>();
    private final Map<String, String> idByTransactions = new LinkedHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean soapFaults = true;

    /** @param unknownInszs INSZs the registry does not know (configuration: "zorgvrager niet teruggevonden") */
    public RegistratieSimulator(Clock clock, Collection<String> unknownInszs) {
        this.clock = clock;
        this.configuredUnknown = Set.copyOf(unknownInszs);
    }

    /** A vaccination the simulator holds. */
    public record Stored(
            String vaccinationId,
            Insz patient,
            String transactions,
            List<String> cnks,
            LocalDate date,
            byte[] kmehr,
            Instant storedAt,
            Instant removedAt) {

        public boolean removed() {
            return removedAt != null;
        }
    }

    // the operations

    /** AddVaccinations: a status per KMEHR message, or a fault for the whole request (an unknown person). */
    public AddVaccinationsReply add(AddVaccinations request) {
        if (unknown(request.patientId())) {
            return AddVaccinationsReply.refused(PATIENT_UNKNOWN);
        }
        List<AddResult> results = new ArrayList<>();
        for (int i = 0; i < request.kmehrMessages().size(); i++) {
            results.add(addOne(i, request.patientId(), request.kmehrMessages().get(i)));
        }
        return AddVaccinationsReply.of(results);
    }

    private AddResult addOne(int index, Insz patient, byte[] kmehr) {
        KmehrMessage message;
        try {
            message = reader.read(kmehr);
        } catch (InvalidKmehrException e) {
            if (e.violates(KmehrViolation.LOT_REQUIRED)) {
                return AddResult.error(
                        index, new Fault(LOT_MISSING, "Het lotnummer ontbreekt; het is verplicht voor dit vaccin."));
            }
            return AddResult.error(
                    index,
                    new Fault(
                            KMEHR_INVALID,
                            "Het KMEHR-bericht is ongeldig: "
                                    + e.violations().stream()
                                            .map(KmehrViolation::toString)
                                            .limit(5)
                                            .collect(Collectors.joining("; "))));
        }
        List<Transaction> transactions = new ArrayList<>();
        for (Folder folder : message.folders()) {
            if (!patient.equals(folder.patient().insz())) {
                return AddResult.error(
                        index, new Fault(PATIENT_MISMATCH, "De PatientId is niet de patiënt van het KMEHR-bericht."));
            }
            transactions.addAll(folder.transactions());
        }
        List<Item> items =
                transactions.stream().flatMap(t -> t.items().stream()).toList();
        for (Item item : items) {
            if (unknownProducts.contains(item.cnk())) {
                return AddResult.error(
                        index,
                        new Fault(PRODUCT_UNKNOWN, "Onbekend product: CNK-code " + item.cnk() + " is niet gekend."));
            }
            if (lotRequired.contains(item.cnk())
                    && (item.lot() == null || item.lot().isBlank())) {
                return AddResult.error(
                        index, new Fault(LOT_MISSING, "Het lotnummer ontbreekt; het is verplicht voor dit vaccin."));
            }
        }
        String key = transactions.stream().map(Transaction::id).sorted().collect(Collectors.joining("|"));
        return AddResult.ok(
                index, store(key, patient, items, transactions.get(0).date(), kmehr));
    }

    /** Stores a checked message (reading and checking run outside the lock), or finds it stored. */
    private synchronized String store(String key, Insz patient, List<Item> items, LocalDate date, byte[] kmehr) {
        String known = idByTransactions.get(key);
        if (known != null && !byId.get(known).removed()) {
            return known;
        }
        String id = "VAC-" + UUID.randomUUID();
        byId.put(
                id,
                new Stored(
                        id,
                        patient,
                        key,
                        items.stream().map(Item::cnk).toList(),
                        date,
                        kmehr.clone(),
                        clock.instant(),
                        null));
        idByTransactions.put(key, id);
        return id;
    }

    /** RemoveVaccination: OK also when it was removed before (a re-sent removal). */
    public synchronized RemoveReply remove(RemoveVaccination request) {
        Stored stored = byId.get(request.vaccinationId());
        if (stored == null) {
            return RemoveReply.error(new Fault(VACCINATION_UNKNOWN, "Deze vaccinatie is niet gekend."));
        }
        if (!stored.patient().equals(request.patientId())) {
            return RemoveReply.error(new Fault(PATIENT_MISMATCH, "De vaccinatie hoort niet bij deze PatientId."));
        }
        if (!stored.removed()) {
            byId.put(stored.vaccinationId(), withRemoved(stored, clock.instant()));
        }
        return RemoveReply.ok();
    }

    /** GetVaccinations: what it holds for the person, given on or after {@code since}. */
    public synchronized GetVaccinationsReply get(GetVaccinations request) {
        if (unknown(request.patientId())) {
            return GetVaccinationsReply.refused(PATIENT_UNKNOWN);
        }
        return GetVaccinationsReply.of(holding(request.patientId()).stream()
                .filter(s -> !s.date().isBefore(request.since()))
                .map(s -> new StoredVaccination(s.vaccinationId(), s.kmehr()))
                .toList());
    }

    // what tests and the administrator look at and set

    /** What it holds for this person now (not removed), in the order stored. */
    public synchronized List<Stored> holding(Insz patient) {
        return byId.values().stream()
                .filter(s -> s.patient().equals(patient) && !s.removed())
                .sorted(Comparator.comparing(Stored::storedAt))
                .toList();
    }

    /** Everything it ever stored for this person, removed ones included. */
    public synchronized List<Stored> history(Insz patient) {
        return byId.values().stream().filter(s -> s.patient().equals(patient)).toList();
    }

    /** How many vaccinations it holds (not removed), over all people. */
    public synchronized int size() {
        return (int) byId.values().stream().filter(s -> !s.removed()).count();
    }

    /** The registry does not know this person ("zorgvrager niet teruggevonden"). */
    public void unknownPerson(Insz insz) {
        unknownInszs.add(insz.value());
    }

    /** The registry does not know this product (CNK code). */
    public void unknownProduct(String cnk) {
        unknownProducts.add(cnk);
    }

    /** The registry requires the lot number for this product (CNK code). */
    public void requireLot(String cnk) {
        lotRequired.add(cnk);
    }

    /** Whether a failing request is answered by a SOAP Server fault (HTTP 500) rather than a bare HTTP 503. */
    public void failWithSoapFault(boolean soapFault) {
        this.soapFaults = soapFault;
    }

    boolean failsWithSoapFault() {
        return soapFaults;
    }

    void countRequest() {
        requests.incrementAndGet();
    }

    /** How many requests reached it (including refused and failed ones). */
    public int requests() {
        return requests.get();
    }

    /** Back to the configured state: refusals set by tests forgotten, faults answered as SOAP faults. */
    public void reset() {
        unknownInszs.clear();
        unknownProducts.clear();
        lotRequired.clear();
        soapFaults = true;
    }

    boolean unknown(Insz insz) {
        return unknownInszs.contains(insz.value()) || configuredUnknown.contains(insz.value());
    }

    private static Stored withRemoved(Stored s, Instant at) {
        return new Stored(
                s.vaccinationId(), s.patient(), s.transactions(), s.cnks(), s.date(), s.kmehr(), s.storedAt(), at);
    }
}
