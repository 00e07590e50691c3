package nl.ddjgz.simulator.vaccinnet;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import nl.ddjgz.simulator.vaccinnet.RegisterKmehr.Person;
import nl.ddjgz.simulator.vaccinnet.RegisterKmehr.Product;
import nl.ddjgz.simulator.vaccinnet.RegisterKmehr.Vaccination;
import nl.ddjgz.simulator.vaccinnet.RegistratieMessages.AddRequest;
import nl.ddjgz.simulator.vaccinnet.RegistratieMessages.GetRequest;
import nl.ddjgz.simulator.vaccinnet.RegistratieMessages.RemoveRequest;
import nl.ddjgz.vaccinnet.ws.AddResult;
import nl.ddjgz.vaccinnet.ws.AddVaccinationsReply;
import nl.ddjgz.vaccinnet.ws.Fault;
import nl.ddjgz.vaccinnet.ws.GetVaccinationsReply;
import nl.ddjgz.vaccinnet.ws.RemoveReply;
import nl.ddjgz.vaccinnet.ws.StoredVaccination;

/**
 * The simulated RegistratieService's register, in memory: what it holds per patient under the VaccinationIds it
 * generated, and the registry's checks and refusals (codes and Dutch texts as the registry answers them); KMEHR is
 * read with the registry's own reading ({@link RegisterKmehr}), not the sender's. A KMEHR
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

    private static final String LOT_MISSING_TEXT = "Het lotnummer ontbreekt; het is verplicht voor dit vaccin.";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final Clock clock;
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
    public AddVaccinationsReply add(AddRequest request) {
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
        RegisterKmehr.Message message;
        try {
            message = RegisterKmehr.read(kmehr, LocalDate.now(clock.withZone(BRUSSELS)));
        } catch (RegisterKmehr.RefusedException e) {
            if (e.refuses(RegisterKmehr.LOT_REQUIRED)) {
                return AddResult.error(index, new Fault(LOT_MISSING, LOT_MISSING_TEXT));
            }
            return AddResult.error(
                    index, new Fault(KMEHR_INVALID, "Het KMEHR-bericht is ongeldig: " + RegisterKmehr.describe(e, 5)));
        }
        List<Vaccination> vaccinations = new ArrayList<>();
        for (Person person : message.persons()) {
            if (!patient.value().equals(person.insz())) {
                return AddResult.error(
                        index, new Fault(PATIENT_MISMATCH, "De PatientId is niet de patiënt van het KMEHR-bericht."));
            }
            vaccinations.addAll(person.vaccinations());
        }
        List<Product> products =
                vaccinations.stream().flatMap(v -> v.products().stream()).toList();
        for (Product product : products) {
            if (unknownProducts.contains(product.cnk())) {
                return AddResult.error(
                        index,
                        new Fault(PRODUCT_UNKNOWN, "Onbekend product: CNK-code " + product.cnk() + " is niet gekend."));
            }
            if (lotRequired.contains(product.cnk()) && product.lot() == null) {
                return AddResult.error(index, new Fault(LOT_MISSING, LOT_MISSING_TEXT));
            }
        }
        String key =
                vaccinations.stream().map(Vaccination::transactionId).sorted().collect(Collectors.joining("|"));
        return AddResult.ok(
                index, store(key, patient, products, vaccinations.get(0).date(), kmehr));
    }

    /** Stores a checked message (reading and checking run outside the lock), or finds it stored. */
    private synchronized String store(String key, Insz patient, List<Product> products, LocalDate date, byte[] kmehr) {
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
                        products.stream().map(Product::cnk).toList(),
                        date,
                        kmehr.clone(),
                        clock.instant(),
                        null));
        idByTransactions.put(key, id);
        return id;
    }

    /** RemoveVaccination: OK also when it was removed before (a re-sent removal). */
    public synchronized RemoveReply remove(RemoveRequest request) {
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
    public synchronized GetVaccinationsReply get(GetRequest request) {
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
