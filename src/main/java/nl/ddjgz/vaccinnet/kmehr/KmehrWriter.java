package nl.ddjgz.vaccinnet.kmehr;

import jakarta.xml.bind.MarshalException;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import java.math.BigInteger;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.ddjgz.shared.xml.XmlDates;
import nl.ddjgz.vaccinnet.kmehr.v1.AuthorType;
import nl.ddjgz.vaccinnet.kmehr.v1.CdDrugCnk;
import nl.ddjgz.vaccinnet.kmehr.v1.CdHcparty;
import nl.ddjgz.vaccinnet.kmehr.v1.CdItem;
import nl.ddjgz.vaccinnet.kmehr.v1.CdSex;
import nl.ddjgz.vaccinnet.kmehr.v1.CdStandard;
import nl.ddjgz.vaccinnet.kmehr.v1.CdTransaction;
import nl.ddjgz.vaccinnet.kmehr.v1.CdUnit;
import nl.ddjgz.vaccinnet.kmehr.v1.CdVaccineIndication;
import nl.ddjgz.vaccinnet.kmehr.v1.ContentType;
import nl.ddjgz.vaccinnet.kmehr.v1.DateType;
import nl.ddjgz.vaccinnet.kmehr.v1.FolderType;
import nl.ddjgz.vaccinnet.kmehr.v1.HcpartyKind;
import nl.ddjgz.vaccinnet.kmehr.v1.HcpartyType;
import nl.ddjgz.vaccinnet.kmehr.v1.HeaderType;
import nl.ddjgz.vaccinnet.kmehr.v1.IdHcparty;
import nl.ddjgz.vaccinnet.kmehr.v1.IdKmehrMessage;
import nl.ddjgz.vaccinnet.kmehr.v1.IdKmehrSequence;
import nl.ddjgz.vaccinnet.kmehr.v1.IdKmehrTransaction;
import nl.ddjgz.vaccinnet.kmehr.v1.IdPatient;
import nl.ddjgz.vaccinnet.kmehr.v1.ItemKind;
import nl.ddjgz.vaccinnet.kmehr.v1.ItemType;
import nl.ddjgz.vaccinnet.kmehr.v1.KmehrmessageType;
import nl.ddjgz.vaccinnet.kmehr.v1.MedicinalproductType;
import nl.ddjgz.vaccinnet.kmehr.v1.PatientType;
import nl.ddjgz.vaccinnet.kmehr.v1.QuantityType;
import nl.ddjgz.vaccinnet.kmehr.v1.RecipientType;
import nl.ddjgz.vaccinnet.kmehr.v1.SenderType;
import nl.ddjgz.vaccinnet.kmehr.v1.SexType;
import nl.ddjgz.vaccinnet.kmehr.v1.SexValue;
import nl.ddjgz.vaccinnet.kmehr.v1.StandardType;
import nl.ddjgz.vaccinnet.kmehr.v1.TransactionKind;
import nl.ddjgz.vaccinnet.kmehr.v1.TransactionType;
import nl.ddjgz.vaccinnet.kmehr.v1.UnitType;

/**
 * Writes a {@link KmehrMessage} as KMEHR XML (UTF-8) for Vaccinnet. First the registry's rules are checked on the
 * records ({@link KmehrViolation} codes); a message that passes is marshalled with our schema checked while it is
 * written, and every schema error becomes a {@link KmehrViolation#SCHEMA} violation with the path of the element
 * concerned. A message that fails is never returned. Thread-safe.
 */
public final class KmehrWriter {

    private final ZoneId zone;

    private final boolean indented;

    /** Header date and time in Belgian time, not indented. */
    public KmehrWriter() {
        this(Kmehr.BRUSSELS, false);
    }

    /**
     * @param zone the zone of the header's date and time
     * @param indented whether to indent the XML (for people reading it)
     */
    public KmehrWriter(ZoneId zone, boolean indented) {
        this.zone = zone;
        this.indented = indented;
    }

    /**
     * The message as KMEHR XML.
     *
     * @throws InvalidKmehrException with every rule or schema violation found
     */
    public byte[] write(KmehrMessage message) {
        List<KmehrViolation> violations = KmehrRules.check(message);
        if (!violations.isEmpty()) {
            throw new InvalidKmehrException(violations);
        }
        Paths paths = new Paths();
        KmehrmessageType root = build(message, paths);
        List<KmehrViolation> schemaErrors = new ArrayList<>();
        try {
            byte[] xml = KmehrSchema.JAXB.write(
                    KmehrSchema.FACTORY.createKmehrmessage(root), indented, KmehrSchema.SCHEMA.forWriting(), event -> {
                        schemaErrors.add(paths.violation(event));
                        return true;
                    });
            if (!schemaErrors.isEmpty()) {
                throw new InvalidKmehrException(schemaErrors);
            }
            return xml;
        } catch (MarshalException e) {
            if (schemaErrors.isEmpty()) {
                schemaErrors.add(
                        new KmehrViolation(KmehrViolation.SCHEMA, KmehrRules.ROOT, "the message cannot be written"));
            }
            throw new InvalidKmehrException(schemaErrors);
        }
    }

    private KmehrmessageType build(KmehrMessage message, Paths paths) {
        KmehrmessageType root = paths.at(new KmehrmessageType(), KmehrRules.ROOT);
        root.setHeader(header(message, paths, KmehrRules.ROOT + "/header"));
        for (int f = 0; f < message.folders().size(); f++) {
            root.getFolder()
                    .add(folder(message.folders().get(f), f + 1, paths, KmehrRules.ROOT + "/folder[" + (f + 1) + "]"));
        }
        return root;
    }

    private HeaderType header(KmehrMessage message, Paths paths, String path) {
        HeaderType header = paths.at(new HeaderType(), path);
        StandardType standard = paths.at(new StandardType(), path + "/standard");
        CdStandard cd = paths.at(new CdStandard(), path + "/standard/cd");
        cd.setS("CD-STANDARD");
        cd.setSV(Kmehr.SV);
        cd.setValue(Kmehr.STANDARD);
        standard.setCd(cd);
        header.setStandard(standard);
        IdKmehrMessage id = paths.at(new IdKmehrMessage(), path + "/id");
        id.setS("ID-KMEHR");
        id.setSV(Kmehr.SV);
        id.setValue(message.id());
        header.setId(id);
        ZonedDateTime created = message.created().atZone(zone);
        header.setDate(XmlDates.date(created.toLocalDate()));
        header.setTime(XmlDates.time(created.toLocalTime()));
        SenderType sender = paths.at(new SenderType(), path + "/sender");
        sender.setHcparty(hcparty(message.sender(), paths, path + "/sender/hcparty"));
        header.setSender(sender);
        RecipientType recipient = paths.at(new RecipientType(), path + "/recipient");
        HcpartyType vazg = paths.at(new HcpartyType(), path + "/recipient/hcparty");
        vazg.setCd(hcpartyCd(PartyKind.ORG_PUBLIC_HEALTH, paths, path + "/recipient/hcparty/cd"));
        vazg.setName(Kmehr.RECIPIENT_NAME);
        recipient.setHcparty(vazg);
        header.setRecipient(recipient);
        return header;
    }

    private HcpartyType hcparty(Party party, Paths paths, String path) {
        HcpartyType hcparty = paths.at(new HcpartyType(), path);
        IdHcparty id = paths.at(new IdHcparty(), path + "/id");
        id.setS("ID-HCPARTY");
        id.setSV(Kmehr.SV);
        id.setValue(party.nihii());
        hcparty.setId(id);
        hcparty.setCd(hcpartyCd(party.kind(), paths, path + "/cd"));
        hcparty.setName(party.name().strip());
        return hcparty;
    }

    private CdHcparty hcpartyCd(PartyKind kind, Paths paths, String path) {
        CdHcparty cd = paths.at(new CdHcparty(), path);
        cd.setS("CD-HCPARTY");
        cd.setSV(Kmehr.SV);
        cd.setValue(HcpartyKind.fromValue(kind.code()));
        return cd;
    }

    private FolderType folder(Folder folder, int position, Paths paths, String path) {
        FolderType type = paths.at(new FolderType(), path);
        type.setId(sequence(position, paths, path + "/id"));
        type.setPatient(patient(folder.patient(), paths, path + "/patient"));
        for (int t = 0; t < folder.transactions().size(); t++) {
            type.getTransaction()
                    .add(transaction(folder.transactions().get(t), paths, path + "/transaction[" + (t + 1) + "]"));
        }
        return type;
    }

    private PatientType patient(Patient patient, Paths paths, String path) {
        PatientType type = paths.at(new PatientType(), path);
        IdPatient id = paths.at(new IdPatient(), path + "/id");
        id.setS("ID-PATIENT");
        id.setSV(Kmehr.SV);
        id.setValue(patient.insz().value());
        type.setId(id);
        type.setFirstname(patient.givenName().strip());
        type.setFamilyname(patient.familyName().strip());
        type.setBirthdate(date(patient.birthDate(), paths, path + "/birthdate"));
        SexType sex = paths.at(new SexType(), path + "/sex");
        CdSex cd = paths.at(new CdSex(), path + "/sex/cd");
        cd.setS("CD-SEX");
        cd.setSV(Kmehr.SV);
        cd.setValue(SexValue.fromValue(patient.sex().code()));
        sex.setCd(cd);
        type.setSex(sex);
        return type;
    }

    private TransactionType transaction(Transaction transaction, Paths paths, String path) {
        TransactionType type = paths.at(new TransactionType(), path);
        IdKmehrTransaction id = paths.at(new IdKmehrTransaction(), path + "/id");
        id.setS("ID-KMEHR");
        id.setSV(Kmehr.SV);
        id.setValue(transaction.id());
        type.setId(id);
        CdTransaction cd = paths.at(new CdTransaction(), path + "/cd");
        cd.setS("CD-TRANSACTION");
        cd.setSV(Kmehr.SV);
        cd.setValue(TransactionKind.VACCINATION);
        type.setCd(cd);
        type.setDate(XmlDates.date(transaction.date()));
        type.setTime(XmlDates.time(transaction.time()));
        AuthorType author = paths.at(new AuthorType(), path + "/author");
        author.setHcparty(hcparty(transaction.author(), paths, path + "/author/hcparty"));
        type.setAuthor(author);
        type.setIscomplete(true);
        type.setIsvalidated(true);
        for (int i = 0; i < transaction.items().size(); i++) {
            type.getItem().add(item(transaction.items().get(i), i + 1, paths, path + "/item[" + (i + 1) + "]"));
        }
        return type;
    }

    private ItemType item(Item item, int position, Paths paths, String path) {
        ItemType type = paths.at(new ItemType(), path);
        type.setId(sequence(position, paths, path + "/id"));
        CdItem cd = paths.at(new CdItem(), path + "/cd");
        cd.setS("CD-ITEM");
        cd.setSV(Kmehr.SV);
        cd.setValue(ItemKind.VACCINE);
        type.setCd(cd);
        ContentType content = paths.at(new ContentType(), path + "/content[1]");
        MedicinalproductType product = paths.at(new MedicinalproductType(), path + "/content[1]/medicinalproduct");
        CdDrugCnk cnk = paths.at(new CdDrugCnk(), path + "/content[1]/medicinalproduct/intendedcd");
        cnk.setS("CD-DRUG-CNK");
        cnk.setSV(Kmehr.SV);
        cnk.setValue(item.cnk());
        product.setIntendedcd(cnk);
        product.setIntendedname(item.productName().strip());
        content.setMedicinalproduct(product);
        type.getContent().add(content);
        for (int i = 0; i < item.indications().size(); i++) {
            String where = path + "/content[" + (i + 2) + "]";
            ContentType indication = paths.at(new ContentType(), where);
            CdVaccineIndication code = paths.at(new CdVaccineIndication(), where + "/cd");
            code.setS("CD-VACCINEINDICATION");
            code.setSV(Kmehr.SV);
            code.setValue(item.indications().get(i).strip());
            indication.setCd(code);
            type.getContent().add(indication);
        }
        type.setBeginmoment(date(item.date(), paths, path + "/beginmoment"));
        if (item.quantity() != null) {
            QuantityType quantity = paths.at(new QuantityType(), path + "/quantity");
            quantity.setDecimal(item.quantity().value());
            UnitType unit = paths.at(new UnitType(), path + "/quantity/unit");
            CdUnit unitCd = paths.at(new CdUnit(), path + "/quantity/unit/cd");
            unitCd.setS("CD-UNIT");
            unitCd.setSV(Kmehr.SV);
            unitCd.setValue(item.quantity().unit().strip());
            unit.setCd(unitCd);
            quantity.setUnit(unit);
            type.setQuantity(quantity);
        }
        if (item.lot() != null && !item.lot().isBlank()) {
            type.setBatch(item.lot().strip());
        }
        return type;
    }

    private IdKmehrSequence sequence(int position, Paths paths, String path) {
        IdKmehrSequence id = paths.at(new IdKmehrSequence(), path);
        id.setS("ID-KMEHR");
        id.setSV(Kmehr.SV);
        id.setValue(BigInteger.valueOf(position));
        return id;
    }

    private DateType date(java.time.LocalDate date, Paths paths, String path) {
        DateType type = paths.at(new DateType(), path);
        type.setDate(XmlDates.date(date));
        return type;
    }

    /** Where each generated object sits in the message, so that a schema error can name the element. */
    private static final class Paths {

        private final Map<Object, String> paths = new IdentityHashMap<>();

        <T> T at(T object, String path) {
            paths.put(object, path);
            return object;
        }

        KmehrViolation violation(ValidationEvent event) {
            ValidationEventLocator locator = event.getLocator();
            String path = locator == null ? null : paths.get(locator.getObject());
            return new KmehrViolation(
                    KmehrViolation.SCHEMA,
                    path == null ? KmehrRules.ROOT : path,
                    KmehrSchema.MASK.apply(event.getMessage()));
        }
    }
}
