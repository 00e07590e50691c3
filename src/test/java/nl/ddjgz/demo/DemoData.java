package nl.ddjgz.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.ddjgz.batch.BatchEntry;
import nl.ddjgz.batch.BatchNumbers;
import nl.ddjgz.batch.BatchSource;
import nl.ddjgz.batch.ReceivedBatchList;
import nl.ddjgz.dossier.Address;
import nl.ddjgz.dossier.ChildData;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Consent;
import nl.ddjgz.dossier.ConsentSource;
import nl.ddjgz.dossier.ConsentWay;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.dossier.Gender;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.schedule.DktpSchedule;
import nl.ddjgz.schedule.DueVaccination;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.security.Role;
import nl.ddjgz.security.UserAccounts;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.Nihii;
import nl.ddjgz.simulator.RegisterCatalogue;
import nl.ddjgz.vaccination.ContactMoments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data into an empty module on the embedded database, before the first request is served. The children are generated from a fixed seed,
 * so every fresh run has the same children; their BSNs pass the elfproef but are fictitious.
 */
@Component
@ConditionalOnExpression("${ddjgz.demo.enabled:false} and ${ddjgz.embedded-database.running:false}")
public class DemoData implements SmartInitializingSingleton {

    /** The password of every demo login (listed in the README). */
    static final String PASSWORD = "demo-wachtwoord";

    /** A demo child with an easy BSN, for trying the search. */
    static final String KNOWN_BSN = "111222333";

    static final int CHILDREN = 300;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final List<String> GIVEN_NAMES = List.of(
            "Emma", "Noah", "Julia", "Luca", "Mila", "Sem", "Tess", "Daan", "Sophie", "Finn", "Zoë", "Levi", "Nora",
            "Milan", "Yara", "Liam", "Saar", "Bram", "Fleur", "Adam", "Lotte", "Mohamed", "Evi", "Jesse", "Fatima",
            "Thijs", "Anna", "Ravi", "Lina", "Jayden");
    private static final List<String> FAMILY_NAMES = List.of(
            "Jansen",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "Mulder",
            "Bos",
            "Vos",
            "Peters",
            "Hendriks",
            "Dekker",
            "Brouwer",
            "Yilmaz",
            "El Amrani",
            "Kramer",
            "Postma",
            "Hoekstra",
            "Willems",
            "Koster",
            "Prins");
    private static final List<String> PREFIXES = List.of("", "", "", "", "de", "van", "van der", "van den", "ter");
    private static final List<String> STREETS = List.of(
            "Kerkstraat", "Dorpsweg", "Schoolstraat", "Molenlaan", "Julianastraat", "Beatrixlaan", "Stationsweg");

    private final UserAccounts users;
    private final Dossiers dossiers;
    private final OrganisationSettings organisation;
    private final BatchNumbers batchNumbers;
    private final VaccinationSchedule schedule;
    private final ContactMoments contactMoments;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final Clock clock;

    DemoData(
            UserAccounts users,
            Dossiers dossiers,
            OrganisationSettings organisation,
            BatchNumbers batchNumbers,
            VaccinationSchedule schedule,
            ContactMoments contactMoments,
            PlatformTransactionManager transactionManager,
            EntityManager entityManager,
            Clock clock) {
        this.users = users;
        this.dossiers = dossiers;
        this.organisation = organisation;
        this.batchNumbers = batchNumbers;
        this.schedule = schedule;
        this.contactMoments = contactMoments;
        this.transaction = new TransactionTemplate(transactionManager);
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Runs before the web server opens, so the demo logins work from the first page served. */
    @Override
    public void afterSingletonsInstantiated() {
        if (users.any()) {
            return;
        }
        // one transaction: one commit flush instead of one per child (a quicker cold start)
        transaction.executeWithoutResult(status -> load());
    }

    private void load() {
        log.info("Empty module on the embedded database: loading demo data");
        // the professionals also carry a (fictitious) NIHII, so switching to a Belgian register works in the demo
        users.create("arts", "Dr. A. de Wit (jeugdarts)", PASSWORD, Role.JGZ_PROFESSIONAL, Nihii.of("12345625003"));
        users.create(
                "verpleegkundige",
                "M. Jansen (jeugdverpleegkundige)",
                PASSWORD,
                Role.JGZ_PROFESSIONAL,
                Nihii.of("45678981402"));
        users.create("assistent", "S. Bakker (assistent)", PASSWORD, Role.JGZ_ASSISTANT);
        users.create("beheerder", "F. Visser (functioneel beheerder)", PASSWORD, Role.ADMIN);
        // demo identifiers in the official formats (fictitious): URA 8 digits, application id, UZI server certificate
        // number 9 digits, OIDs of our dossier numbers and contact moments
        organisation.update(
                "JGZ Regio Utrecht (demo)",
                "12345678",
                "",
                "Utrecht",
                "900001234",
                "900012345",
                "2.16.840.1.113883.2.4.3.8.1000.1",
                "2.16.840.1.113883.2.4.3.8.1000.2");
        organisation.addLocation("CB-ZUID", "Consultatiebureau Utrecht-Zuid", "Utrecht");
        organisation.addLocation("SPORTHAL", "Sporthal De Vaart (massavaccinatie)", "Utrecht");
        loadChildren(new Random(2026));
        batchNumbers.replaceList(batchList(LocalDate.now(clock)), BatchSource.DEMO, null);
        log.info("Demo data loaded: {} children and a batch list", CHILDREN);
    }

    /** The simulated register's list of today, as if it had arrived this night. */
    public static ReceivedBatchList batchList(LocalDate today) {
        List<BatchEntry> entries = RegisterCatalogue.on(today).stream()
                .map(b -> new BatchEntry(b.vaccineTypeCode(), b.batchNumber(), b.expiry(), null, b.productName()))
                .toList();
        return new ReceivedBatchList(
                "DEMO-" + today, today.atStartOfDay(), today.plusDays(1).atStartOfDay(), entries);
    }

    private void loadChildren(Random random) {
        LocalDate today = LocalDate.now(clock);
        Set<Bsn> used = new HashSet<>();
        for (int i = 0; i < CHILDREN; i++) {
            // spread over 0 to 18 years, so every moment of the schedule has children
            LocalDate birth = today.minusDays(random.nextInt(18 * 365 + 1));
            Bsn bsn = i == 0 ? Bsn.of(KNOWN_BSN) : (i % 25 == 7 ? null : randomBsn(random, used));
            // one in five children (the first among them) also has an INSZ, for trying a Belgian register
            // (admin → Organisatie → Register)
            Insz insz = i % 5 == 0 ? demoInsz(birth, i) : null;
            ChildDossier child = dossiers.open(new ChildData(
                    bsn,
                    insz,
                    pick(random, GIVEN_NAMES),
                    pick(random, PREFIXES),
                    pick(random, FAMILY_NAMES),
                    birth,
                    random.nextBoolean() ? Gender.F : Gender.M,
                    new Address(
                            pick(random, STREETS),
                            1 + random.nextInt(200),
                            random.nextInt(10) == 0 ? "bis" : null,
                            (3500 + random.nextInt(100)) + " " + (char) ('A' + random.nextInt(26))
                                    + (char) ('A' + random.nextInt(26)),
                            "Utrecht"),
                    random.nextInt(5) == 0 ? DktpSchedule.ADAPTED : DktpSchedule.STANDARD,
                    random.nextInt(50) == 0,
                    consent(random, birth, today)));
            recordHistory(child, today, random);
            // written now and forgotten: each query and flush of the next child would otherwise check every child
            // loaded so far (the one transaction stays)
            entityManager.flush();
            entityManager.clear();
        }
    }

    /** A fictitious INSZ for a child born on {@code birth}: birth date, serial, the check number (rule from 2000). */
    static Insz demoInsz(LocalDate birth, int serial) {
        String base = String.format(
                "%02d%02d%02d%03d",
                birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(), 1 + serial % 997);
        long modulo = birth.getYear() >= 2000 ? 2_000_000_000L + Long.parseLong(base) : Long.parseLong(base);
        return Insz.of(base + String.format("%02d", 97 - modulo % 97));
    }

    /**
     * Most children had their earlier vaccinations (recorded as transferred, a few days after they were due); about
     * one in ten missed some, so the desk also sees overdue vaccinations.
     */
    private void recordHistory(ChildDossier child, LocalDate today, Random random) {
        boolean missesSome = random.nextInt(10) == 0;
        List<ContactMoments.Earlier> earlier = new ArrayList<>();
        for (DueVaccination dose : schedule.onTime(child.facts())) {
            LocalDate given = dose.dueFrom().plusDays(random.nextInt(10));
            boolean sameTypeSameDay = earlier.stream()
                    .anyMatch(e -> e.date().equals(given) && e.vaccineType().equals(dose.vaccineTypeCode()));
            if (given.isBefore(today.minusDays(20)) && !(missesSome && random.nextBoolean()) && !sameTypeSameDay) {
                earlier.add(new ContactMoments.Earlier(
                        dose.vaccineTypeCode(), given, "H" + given.getYear() + dose.vaccineTypeCode() + "A"));
            }
        }
        if (!earlier.isEmpty()) {
            contactMoments.recordTransferred(child.getId(), earlier);
        }
    }

    /** Most children have consent; about one in eight refused, a few have no answer yet. */
    private static Consent consent(Random random, LocalDate birth, LocalDate today) {
        int roll = random.nextInt(16);
        if (roll == 0) {
            return Consent.unknown();
        }
        LocalDate date = birth.plusDays(Math.min(14, today.toEpochDay() - birth.toEpochDay()));
        boolean given = roll > 2;
        return new Consent(given, ConsentSource.PARENT_WITH_AUTHORITY.code(), date, ConsentWay.WRITTEN.code(), null);
    }

    private static Bsn randomBsn(Random random, Set<Bsn> used) {
        while (true) {
            String candidate = String.format("%09d", 100_000_000 + random.nextInt(900_000_000));
            if (Bsn.isValid(candidate) && !KNOWN_BSN.equals(candidate) && used.add(Bsn.of(candidate))) {
                return Bsn.of(candidate);
            }
        }
    }

    private static String pick(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
