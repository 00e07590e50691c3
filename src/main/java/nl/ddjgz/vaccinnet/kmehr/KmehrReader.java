package nl.ddjgz.vaccinnet.kmehr;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.xml.ClasspathSchema;
import nl.ddjgz.shared.xml.XmlDates;
import nl.ddjgz.shared.xml.XmlError;
import nl.ddjgz.vaccinnet.kmehr.v1.ContentType;
import nl.ddjgz.vaccinnet.kmehr.v1.FolderType;
import nl.ddjgz.vaccinnet.kmehr.v1.HcpartyType;
import nl.ddjgz.vaccinnet.kmehr.v1.HeaderType;
import nl.ddjgz.vaccinnet.kmehr.v1.ItemType;
import nl.ddjgz.vaccinnet.kmehr.v1.KmehrmessageType;
import nl.ddjgz.vaccinnet.kmehr.v1.MedicinalproductType;
import nl.ddjgz.vaccinnet.kmehr.v1.PatientType;
import nl.ddjgz.vaccinnet.kmehr.v1.TransactionType;

/**
 * Reads KMEHR XML as the registry (and our simulator) does: parsed without DOCTYPE or external entities, checked
 * against our schema (every error, with line and column in the detail), then the same rules as the writer ({@link
 * KmehrViolation} codes, e.g. an INSZ whose check digits fail). Thread-safe.
 */
public final class KmehrReader {

    private final ZoneId zone;

    /** Header date and time read as Belgian time. */
    public KmehrReader() {
        this(Kmehr.BRUSSELS);
    }

    /** @param zone the zone of the header's date and time */
    public KmehrReader(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The message in the bytes.
     *
     * @throws InvalidKmehrException when the bytes are not XML ({@link KmehrViolation#NOT_XML}), not a valid
     *     kmehrmessage ({@link KmehrViolation#SCHEMA}) or break a rule
     */
    public KmehrMessage read(byte[] xml) {
        ClasspathSchema.Validation validation = KmehrSchema.SCHEMA.validate(xml, KmehrSchema.MASK);
        if (!validation.valid()) {
            String code = !validation.wellFormed() ? KmehrViolation.NOT_XML : KmehrViolation.SCHEMA;
            throw new InvalidKmehrException(validation.errors().stream()
                    .map(error -> violation(code, error))
                    .toList());
        }
        if (!validation.rootIs(Kmehr.NAMESPACE, KmehrRules.ROOT)) {
            throw new InvalidKmehrException(List.of(new KmehrViolation(
                    KmehrViolation.SCHEMA,
                    KmehrRules.ROOT,
                    "the root element is not {" + Kmehr.NAMESPACE + "}kmehrmessage")));
        }
        KmehrmessageType root = KmehrSchema.JAXB.read(xml, KmehrmessageType.class);
        KmehrMessage message = message(root);
        List<KmehrViolation> violations = KmehrRules.check(message);
        if (!violations.isEmpty()) {
            throw new InvalidKmehrException(violations);
        }
        return message;
    }

    private static KmehrViolation violation(String code, XmlError error) {
        return new KmehrViolation(code, KmehrRules.ROOT, error.toString());
    }

    private KmehrMessage message(KmehrmessageType root) {
        HeaderType header = root.getHeader();
        LocalDate date = XmlDates.localDate(header.getDate());
        LocalTime time = XmlDates.localTime(header.getTime());
        List<Folder> folders = new ArrayList<>();
        for (FolderType folder : root.getFolder()) {
            folders.add(folder(folder));
        }
        return new KmehrMessage(
                header.getId().getValue(),
                date.atTime(time).atZone(zone).toInstant(),
                party(header.getSender().getHcparty()),
                folders);
    }

    private static Folder folder(FolderType folder) {
        List<Transaction> transactions = new ArrayList<>();
        for (TransactionType transaction : folder.getTransaction()) {
            transactions.add(transaction(transaction));
        }
        return new Folder(patient(folder.getPatient()), transactions);
    }

    private static Patient patient(PatientType patient) {
        return new Patient(
                Insz.parse(patient.getId().getValue()).orElse(null),
                patient.getFirstname(),
                patient.getFamilyname(),
                XmlDates.localDate(patient.getBirthdate().getDate()),
                Sex.ofCode(patient.getSex().getCd().getValue().value()));
    }

    private static Transaction transaction(TransactionType transaction) {
        List<Item> items = new ArrayList<>();
        for (ItemType item : transaction.getItem()) {
            items.add(item(item));
        }
        return new Transaction(
                transaction.getId().getValue(),
                XmlDates.localDate(transaction.getDate()),
                XmlDates.localTime(transaction.getTime()),
                party(transaction.getAuthor().getHcparty()),
                items);
    }

    private static Item item(ItemType item) {
        MedicinalproductType product = null;
        List<String> indications = new ArrayList<>();
        for (ContentType content : item.getContent()) {
            if (content.getMedicinalproduct() != null && product == null) {
                product = content.getMedicinalproduct();
            } else if (content.getCd() != null) {
                indications.add(content.getCd().getValue());
            }
        }
        Quantity quantity = item.getQuantity() == null
                ? null
                : new Quantity(
                        item.getQuantity().getDecimal(),
                        item.getQuantity().getUnit().getCd().getValue());
        return new Item(
                product == null ? null : product.getIntendedcd().getValue(),
                product == null ? null : product.getIntendedname(),
                indications,
                XmlDates.localDate(item.getBeginmoment().getDate()),
                item.getBatch(),
                quantity);
    }

    private static Party party(HcpartyType hcparty) {
        String name = hcparty.getName();
        if (name == null && hcparty.getFamilyname() != null) {
            name = hcparty.getFirstname() == null
                    ? hcparty.getFamilyname()
                    : hcparty.getFirstname() + " " + hcparty.getFamilyname();
        }
        return new Party(
                hcparty.getId() == null ? null : hcparty.getId().getValue(),
                name,
                PartyKind.ofCode(hcparty.getCd().getValue().value()));
    }
}
