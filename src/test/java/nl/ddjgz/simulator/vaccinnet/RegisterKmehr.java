package nl.ddjgz.simulator.vaccinnet;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ddjgz.shared.xml.SecureXml;
import nl.ddjgz.shared.xml.XmlError;
import nl.ddjgz.shared.xml.XmlErrors;
import nl.ddjgz.shared.xml.XmlRefusedException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * How the simulated Vaccinnet registry reads a KMEHR vaccination message: its own reading, on a plain DOM by the
 * KMEHR element names and namespace, independent of the sender's reader and records ({@code vaccinnet.kmehr}), so a
 * field the sender writes wrongly is not read back with the same mistake. The bytes must validate against the KMEHR
 * schema (the contract), then the registry's own rules hold: 1 to 500 persons, an INSZ whose check digits hold (its
 * own computation), CD-TRANSACTION vaccination by a physician or nurse, transaction ids unique in the message, CD-ITEM
 * vaccine with a 7-digit CNK code, a lot number for COVID-19, an administration date neither after the transaction
 * nor after today. Refusals name where, never what (no INSZ, no names). Thread-safe.
 */
public final class RegisterKmehr {

    /** The KMEHR namespace. */
    public static final String NAMESPACE = "http://www.ehealth.fgov.be/standards/kmehr/schema/v1";

    /** At most this many persons (folders) per message. */
    public static final int MAX_PERSONS = 500;

    // the registry's refusal codes
    public static final String NOT_XML = "kmehr.xml.malformed";
    public static final String SCHEMA = "kmehr.schema";
    public static final String NO_PERSONS = "kmehr.folders.empty";
    public static final String TOO_MANY_PERSONS = "kmehr.folders.max";
    public static final String INSZ_INVALID = "kmehr.insz.invalid";
    public static final String NOT_A_VACCINATION = "kmehr.transaction.cd";
    public static final String DUPLICATE_TRANSACTION_ID = "kmehr.transaction.id.duplicate";
    public static final String AUTHOR_KIND = "kmehr.author.kind";
    public static final String NOT_A_VACCINE = "kmehr.item.cd";
    public static final String CNK_INVALID = "kmehr.cnk.invalid";
    public static final String LOT_REQUIRED = "kmehr.lot.required";
    public static final String ITEM_AFTER_TRANSACTION = "kmehr.item.date.after.transaction";
    public static final String DATE_IN_FUTURE = "kmehr.date.future";

    private static final UnaryOperator<String> MASK = XmlErrors.maskDigitRuns(9, Integer.MAX_VALUE);
    private static final RegisterSchema XSD = new RegisterSchema("xsd/kmehr/", "kmehr-vaccination.xsd", MASK);
    private static final Pattern CNK = Pattern.compile("[0-9]{7}");
    private static final Set<String> VACCINATORS = Set.of("persphysician", "persnurse");
    private static final String COVID19 = "covid19";

    private RegisterKmehr() {}

    /** What the registry takes from a message: per person (folder) the vaccinations (transactions). */
    public record Message(String id, List<Person> persons) {}

    /** A person by INSZ (11 digits whose check digits hold), with their vaccinations. */
    public record Person(String insz, List<Vaccination> vaccinations) {

        @Override
        public String toString() {
            return "Person[" + vaccinations.size() + " vaccinations]";
        }
    }

    /** One KMEHR transaction: its id (the sender's, results refer to it), its date and the products given. */
    public record Vaccination(String transactionId, LocalDate date, List<Product> products) {}

    /** One item: the pack's CNK code and name, the lot (null when absent) and the indications. */
    public record Product(String cnk, String name, String lot, List<String> indications) {}

    /** Why the registry refuses a message: a code, where (a path, positions from 1) and a short English detail. */
    public record Refusal(String code, String where, String detail) {

        @Override
        public String toString() {
            return code + " at " + where + ": " + detail;
        }
    }

    /** The message is refused; the exception's text names only the codes. */
    public static final class RefusedException extends RuntimeException {

        private final transient List<Refusal> refusals;

        RefusedException(List<Refusal> refusals) {
            super("KMEHR message refused (" + String.join(", ", codes(refusals)) + ")");
            this.refusals = List.copyOf(refusals);
        }

        public List<Refusal> refusals() {
            return refusals;
        }

        public boolean refuses(String code) {
            return refusals.stream().anyMatch(r -> r.code().equals(code));
        }

        /** The codes, in order, each once. */
        public List<String> codes() {
            return codes(refusals);
        }

        private static List<String> codes(List<Refusal> refusals) {
            return refusals.stream().map(Refusal::code).distinct().toList();
        }
    }

    /**
     * The message in the bytes, as the registry reads it on {@code today} (Belgian time).
     *
     * @throws RefusedException when the bytes are not XML, fail the schema or break a registry rule
     */
    public static Message read(byte[] xml, LocalDate today) {
        // parsed once; the schema check runs on that DOM
        Element root;
        try {
            root = SecureXml.parse(xml, "KMEHR message", MASK).getDocumentElement();
        } catch (XmlRefusedException e) {
            throw new RefusedException(e.errors().stream()
                    .map(error -> new Refusal(NOT_XML, "kmehrmessage", error.toString()))
                    .toList());
        }
        List<XmlError> errors = XSD.validate(root);
        if (!errors.isEmpty()) {
            throw new RefusedException(errors.stream()
                    .map(error -> new Refusal(SCHEMA, "kmehrmessage", error.toString()))
                    .toList());
        }
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"kmehrmessage".equals(root.getLocalName())) {
            throw new RefusedException(
                    List.of(new Refusal(SCHEMA, "kmehrmessage", "the root is not {" + NAMESPACE + "}kmehrmessage")));
        }
        Reading reading = new Reading(today);
        Message message = reading.message(root);
        if (!reading.refusals.isEmpty()) {
            throw new RefusedException(reading.refusals);
        }
        return message;
    }

    /** One reading: collects every refusal. */
    private static final class Reading {

        private final LocalDate today;
        private final List<Refusal> refusals = new ArrayList<>();
        private final Set<String> transactionIds = new HashSet<>();

        Reading(LocalDate today) {
            this.today = today;
        }

        Message message(Element root) {
            List<Element> folders = children(root, "folder");
            if (folders.isEmpty()) {
                refuse(NO_PERSONS, "kmehrmessage", "a message needs at least one folder");
            } else if (folders.size() > MAX_PERSONS) {
                refuse(TOO_MANY_PERSONS, "kmehrmessage", folders.size() + " folders; at most " + MAX_PERSONS);
            }
            List<Person> persons = new ArrayList<>();
            for (int f = 0; f < folders.size(); f++) {
                persons.add(person(folders.get(f), "kmehrmessage/folder[" + (f + 1) + "]"));
            }
            return new Message(text(child(child(root, "header"), "id")), persons);
        }

        private Person person(Element folder, String path) {
            String insz = text(child(child(folder, "patient"), "id"));
            if (!RegisterInsz.valid(insz)) {
                refuse(INSZ_INVALID, path + "/patient/id", "the patient's number is not a valid INSZ");
            }
            List<Vaccination> vaccinations = new ArrayList<>();
            List<Element> transactions = children(folder, "transaction");
            for (int t = 0; t < transactions.size(); t++) {
                vaccinations.add(vaccination(transactions.get(t), path + "/transaction[" + (t + 1) + "]"));
            }
            return new Person(insz, vaccinations);
        }

        private Vaccination vaccination(Element transaction, String path) {
            String id = text(child(transaction, "id"));
            if (!transactionIds.add(id)) {
                refuse(DUPLICATE_TRANSACTION_ID, path + "/id", "another transaction has the same id");
            }
            if (!"vaccination".equals(text(child(transaction, "cd")))) {
                refuse(NOT_A_VACCINATION, path + "/cd", "the transaction is not CD-TRANSACTION vaccination");
            }
            String author = text(child(child(child(transaction, "author"), "hcparty"), "cd"));
            if (!VACCINATORS.contains(author)) {
                refuse(AUTHOR_KIND, path + "/author/hcparty/cd", "the author is not a physician or a nurse");
            }
            LocalDate date = date(text(child(transaction, "date")), path + "/date");
            List<Product> products = new ArrayList<>();
            List<Element> items = children(transaction, "item");
            for (int i = 0; i < items.size(); i++) {
                products.add(product(items.get(i), date, path + "/item[" + (i + 1) + "]"));
            }
            return new Vaccination(id, date, products);
        }

        private Product product(Element item, LocalDate transactionDate, String path) {
            if (!"vaccine".equals(text(child(item, "cd")))) {
                refuse(NOT_A_VACCINE, path + "/cd", "the item is not CD-ITEM vaccine");
            }
            String cnk = null;
            String name = null;
            List<String> indications = new ArrayList<>();
            for (Element content : children(item, "content")) {
                Element product = child(content, "medicinalproduct");
                if (product != null && cnk == null) {
                    cnk = text(child(product, "intendedcd"));
                    name = text(child(product, "intendedname"));
                } else if (child(content, "cd") != null) {
                    indications.add(text(child(content, "cd")));
                }
            }
            if (cnk == null || !CNK.matcher(cnk).matches()) {
                refuse(CNK_INVALID, path + "/content/medicinalproduct/intendedcd", "a CNK code has 7 digits");
            }
            String lot = text(child(item, "batch"));
            lot = lot == null || lot.isBlank() ? null : lot;
            if (lot == null && indications.contains(COVID19)) {
                refuse(LOT_REQUIRED, path + "/batch", "a COVID-19 vaccination needs its lot number");
            }
            LocalDate given = date(text(child(child(item, "beginmoment"), "date")), path + "/beginmoment/date");
            if (given != null && transactionDate != null && given.isAfter(transactionDate)) {
                refuse(ITEM_AFTER_TRANSACTION, path + "/beginmoment/date", "given after the transaction date");
            }
            return new Product(cnk, name, lot, indications);
        }

        private LocalDate date(String text, String path) {
            LocalDate date;
            try {
                // an xs:date may carry a zone ("2026-03-02+01:00"); the day is its first ten characters
                date = text == null ? null : LocalDate.parse(text.substring(0, Math.min(10, text.length())));
            } catch (DateTimeParseException e) {
                date = null;
            }
            if (date != null && date.isAfter(today)) {
                refuse(DATE_IN_FUTURE, path, "the date is after today");
            }
            return date;
        }

        private void refuse(String code, String where, String detail) {
            refusals.add(new Refusal(code, where, detail));
        }
    }

    /** The KMEHR children of an element with this name, in order. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NAMESPACE.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static String text(Element element) {
        return element == null ? null : element.getTextContent().strip();
    }

    /** The first refusals in one line, as the registry's fault text gives them. */
    static String describe(RefusedException e, int max) {
        return e.refusals().stream().limit(max).map(Refusal::toString).collect(Collectors.joining("; "));
    }
}
