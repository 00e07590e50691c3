package nl.ddjgz.vaccinnet;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.UnsendableRegistrationException;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.Nihii;
import nl.ddjgz.vaccinecodes.VaccineCode;
import nl.ddjgz.vaccinecodes.VaccineCodes;
import nl.ddjgz.vaccinnet.kmehr.Folder;
import nl.ddjgz.vaccinnet.kmehr.Item;
import nl.ddjgz.vaccinnet.kmehr.Kmehr;
import nl.ddjgz.vaccinnet.kmehr.KmehrMessage;
import nl.ddjgz.vaccinnet.kmehr.Party;
import nl.ddjgz.vaccinnet.kmehr.PartyKind;
import nl.ddjgz.vaccinnet.kmehr.Patient;
import nl.ddjgz.vaccinnet.kmehr.Sex;
import nl.ddjgz.vaccinnet.kmehr.Transaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns an approved registration into KMEHR for Vaccinnet (both services): the child is a folder (patient by INSZ),
 * the contact moment a vaccination transaction (its id is the contact moment's id, so the registry's result per
 * transaction finds its way back), each given vaccination an item with the pack's CNK code, its vaccine indications
 * and the lot. Objections are not sent to Vaccinnet (it registers administered vaccinations). What Vaccinnet cannot
 * take is refused before anything is queued, with a message the user reads. The codes are looked up in {@link
 * VaccineCodes} per vaccination, or, for an approval of many registrations, in one {@link #snapshot} of the table.
 */
@Component
class KmehrComposer {

    static final ZoneId BRUSSELS = Kmehr.BRUSSELS;

    private final VaccineCodes table;
    private final Function<String, Optional<VaccineCode>> codes;

    @Autowired
    KmehrComposer(VaccineCodes codes) {
        this(codes, codes::of);
    }

    private KmehrComposer(VaccineCodes table, Function<String, Optional<VaccineCode>> codes) {
        this.table = table;
        this.codes = codes;
    }

    /**
     * A composer that looks the codes up in a copy of the table read now (one query, on the caller's thread, in the
     * approval's transaction) and then touches no database: it may compose on several threads at once.
     */
    KmehrComposer snapshot() {
        Map<String, VaccineCode> byType = table.byType();
        return new KmehrComposer(table, type -> Optional.ofNullable(byType.get(type)));
    }

    /**
     * The child's folder: one vaccination transaction for the contact moment.
     *
     * @throws UnsendableRegistrationException when the child has no INSZ, the professional no NIHII, a vaccine type
     *     no CNK code, or a lot is missing where the registry requires it
     */
    Folder folder(OutgoingRegistration r) {
        Insz insz =
                r.child().insz() == null ? null : Insz.parse(r.child().insz()).orElse(null);
        if (insz == null) {
            throw new UnsendableRegistrationException("registry.belgian.noInsz");
        }
        String nihii = r.approvedBy() == null ? null : r.approvedBy().nihii();
        if (nihii == null || !Nihii.isValid(nihii)) {
            throw new UnsendableRegistrationException("registry.belgian.noNihii");
        }
        List<Item> items = new ArrayList<>();
        for (OutgoingRegistration.Item line : r.items()) {
            if (line.objectionReason() != null) {
                continue;
            }
            VaccineCode code = codes.apply(line.vaccineTypeCode())
                    .filter(c -> c.getCnk() != null)
                    .orElseThrow(() ->
                            new UnsendableRegistrationException("registry.belgian.unknownProduct", line.vaccineName()));
            if (code.isLotRequired()
                    && (line.batchNumber() == null || line.batchNumber().isBlank())) {
                throw new UnsendableRegistrationException("registry.belgian.lotRequired", line.vaccineName());
            }
            items.add(new Item(
                    code.getCnk(),
                    code.getProductName() == null ? line.vaccineName() : code.getProductName(),
                    code.getKmehrIndications(),
                    line.date(),
                    line.batchNumber()));
        }
        if (items.isEmpty()) {
            throw new UnsendableRegistrationException("registry.belgian.nothingToSend");
        }
        Party author = new Party(Nihii.of(nihii).value(), r.approvedBy().name(), authorKind(Nihii.of(nihii)));
        Transaction transaction = new Transaction(
                r.contactMomentId().toString(), r.contactMoment().date(), LocalTime.NOON, author, items);
        OutgoingRegistration.Child c = r.child();
        Patient patient = new Patient(
                insz,
                c.givenNames(),
                c.namePrefix() == null || c.namePrefix().isBlank()
                        ? c.familyName()
                        : c.namePrefix() + " " + c.familyName(),
                c.birthDate(),
                sex(c.gender()));
        return new Folder(patient, List.of(transaction));
    }

    /**
     * The child's vaccinations one per folder (RegistratieService: one KMEHR message per vaccination, so that each gets
     * its own VaccinationId and can be removed on its own). The transaction ids are {@code transactionIdPrefix}, a
     * dash and the vaccination's position (1-based), so a re-sent message carries the same ids and a new message
     * (after a correction) new ones.
     *
     * @throws UnsendableRegistrationException as {@link #folder}
     */
    List<Folder> foldersPerVaccination(OutgoingRegistration r, String transactionIdPrefix) {
        Folder all = folder(r);
        Transaction moment = all.transactions().get(0);
        List<Folder> folders = new ArrayList<>();
        for (int i = 0; i < moment.items().size(); i++) {
            folders.add(new Folder(
                    all.patient(),
                    List.of(new Transaction(
                            transactionIdPrefix + "-" + (i + 1),
                            moment.date(),
                            moment.time(),
                            moment.author(),
                            List.of(moment.items().get(i))))));
        }
        return folders;
    }

    /**
     * The professional's kind as KMEHR author, from the RIZIV/INAMI number: its first digit is the profession's group
     * (1 physicians, 4 nurses), so a nurse is recorded as a nurse (persnurse), never as a physician.
     *
     * @throws UnsendableRegistrationException for another profession (Vaccinnet takes vaccinations by physicians and
     *     nurses)
     */
    static PartyKind authorKind(Nihii nihii) {
        return switch (nihii.value().charAt(0)) {
            case '1' -> PartyKind.PERS_PHYSICIAN;
            case '4' -> PartyKind.PERS_NURSE;
            default -> throw new UnsendableRegistrationException("registry.vaccinnet.professionUnknown");
        };
    }

    /** The organisation as KMEHR sender (orgpublichealth); an 8-digit NIHII becomes its 11-digit form. */
    static Party sender(OutgoingRegistration.Organisation org) {
        String id = org.ehealthId();
        if (id == null || id.isBlank()) {
            throw new UnsendableRegistrationException("registry.belgian.noEhealthId");
        }
        return new Party(id.length() == 8 ? id + "000" : id, org.name(), PartyKind.ORG_PUBLIC_HEALTH);
    }

    /** A message with these folders, sent by the organisation. */
    static KmehrMessage message(OutgoingRegistration.Organisation org, Instant at, List<Folder> folders) {
        return KmehrMessage.of(sender(org), at, folders, BRUSSELS);
    }

    private static Sex sex(String gender) {
        return switch (gender == null ? "" : gender) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            case "UN" -> Sex.UNDEFINED;
            default -> Sex.UNKNOWN;
        };
    }
}
