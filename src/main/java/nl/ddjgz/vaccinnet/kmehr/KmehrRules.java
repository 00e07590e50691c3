package nl.ddjgz.vaccinnet.kmehr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The registry's rules a schema cannot say (and the required values, so that nothing is built from half a message),
 * checked on the records: by the writer before it writes, by the reader after it read. Descriptions name where, never
 * what (no INSZ, no names).
 */
final class KmehrRules {

    static final String ROOT = "kmehrmessage";

    private static final Pattern NIHII = Pattern.compile("[0-9]{11}");

    private static final Pattern CNK = Pattern.compile("[0-9]{7}");

    private static final Pattern MESSAGE_ID = Pattern.compile("[0-9]{11}\\.[0-9]{14}([0-9]{3})?");

    private final List<KmehrViolation> violations = new ArrayList<>();

    private KmehrRules() {}

    static List<KmehrViolation> check(KmehrMessage message) {
        KmehrRules rules = new KmehrRules();
        rules.message(message);
        return List.copyOf(rules.violations);
    }

    private void message(KmehrMessage message) {
        String header = ROOT + "/header";
        required(message.created(), header + "/date");
        boolean senderOk = party(message.sender(), header + "/sender/hcparty");
        if (message.id() == null) {
            add(KmehrViolation.MISSING, header + "/id", "the message id is missing");
        } else if (senderOk
                && (!MESSAGE_ID.matcher(message.id()).matches()
                        || !message.id().startsWith(message.sender().nihii() + "."))) {
            // (with an invalid sender NIHII only that is reported)
            add(KmehrViolation.MESSAGE_ID, header + "/id", "the id is not the sender's NIHII, a dot and a time stamp");
        }
        if (message.folders().isEmpty()) {
            add(KmehrViolation.NO_FOLDERS, ROOT, "a message needs at least one folder");
        } else if (message.folders().size() > Kmehr.MAX_FOLDERS) {
            add(
                    KmehrViolation.TOO_MANY_FOLDERS,
                    ROOT,
                    message.folders().size() + " folders; at most " + Kmehr.MAX_FOLDERS + " persons per message");
        }
        Set<String> transactionIds = new HashSet<>();
        for (int f = 0; f < message.folders().size(); f++) {
            folder(message.folders().get(f), ROOT + "/folder[" + (f + 1) + "]", transactionIds);
        }
    }

    private void folder(Folder folder, String path, Set<String> transactionIds) {
        if (folder == null) {
            add(KmehrViolation.MISSING, path, "the folder is missing");
            return;
        }
        patient(folder.patient(), path + "/patient");
        if (folder.transactions().isEmpty()) {
            add(KmehrViolation.EMPTY_FOLDER, path, "a folder needs at least one transaction");
        }
        for (int t = 0; t < folder.transactions().size(); t++) {
            transaction(folder.transactions().get(t), path + "/transaction[" + (t + 1) + "]", transactionIds);
        }
    }

    private void patient(Patient patient, String path) {
        if (patient == null) {
            add(KmehrViolation.MISSING, path, "the patient is missing");
            return;
        }
        if (patient.insz() == null) {
            add(KmehrViolation.INSZ_INVALID, path + "/id", "the patient has no valid INSZ");
        }
        text(patient.givenName(), path + "/firstname");
        text(patient.familyName(), path + "/familyname");
        required(patient.birthDate(), path + "/birthdate/date");
        required(patient.sex(), path + "/sex/cd");
    }

    private void transaction(Transaction transaction, String path, Set<String> transactionIds) {
        if (transaction == null) {
            add(KmehrViolation.MISSING, path, "the transaction is missing");
            return;
        }
        if (transaction.id() == null || transaction.id().isBlank()) {
            add(KmehrViolation.MISSING, path + "/id", "the transaction id is missing");
        } else if (!transactionIds.add(transaction.id())) {
            add(KmehrViolation.DUPLICATE_TRANSACTION_ID, path + "/id", "another transaction has the same id");
        }
        required(transaction.date(), path + "/date");
        required(transaction.time(), path + "/time");
        if (party(transaction.author(), path + "/author/hcparty")
                && !transaction.author().kind().isVaccinator()) {
            add(
                    KmehrViolation.AUTHOR_KIND,
                    path + "/author/hcparty/cd",
                    "the author must be a physician or a nurse (persphysician, persnurse)");
        }
        if (transaction.items().isEmpty()) {
            add(KmehrViolation.EMPTY_TRANSACTION, path, "a transaction needs at least one item");
        }
        for (int i = 0; i < transaction.items().size(); i++) {
            item(transaction.items().get(i), transaction, path + "/item[" + (i + 1) + "]");
        }
    }

    private void item(Item item, Transaction transaction, String path) {
        if (item == null) {
            add(KmehrViolation.MISSING, path, "the item is missing");
            return;
        }
        String product = path + "/content/medicinalproduct";
        if (item.cnk() == null) {
            add(KmehrViolation.MISSING, product + "/intendedcd", "the CNK code is missing");
        } else if (!CNK.matcher(item.cnk()).matches()) {
            add(KmehrViolation.CNK_INVALID, product + "/intendedcd", "a CNK code has 7 digits");
        }
        text(item.productName(), product + "/intendedname");
        for (int i = 0; i < item.indications().size(); i++) {
            text(item.indications().get(i), path + "/content[" + (i + 2) + "]/cd");
        }
        if (item.indications().contains(Kmehr.COVID19)
                && (item.lot() == null || item.lot().isBlank())) {
            add(KmehrViolation.LOT_REQUIRED, path + "/batch", "a COVID-19 vaccination needs its lot number");
        }
        if (item.date() == null) {
            add(KmehrViolation.MISSING, path + "/beginmoment/date", "the administration date is missing");
        } else if (transaction.date() != null && item.date().isAfter(transaction.date())) {
            add(
                    KmehrViolation.ITEM_AFTER_TRANSACTION,
                    path + "/beginmoment/date",
                    "the administration date is after the transaction date");
        }
        if (item.quantity() != null) {
            required(item.quantity().value(), path + "/quantity/decimal");
            text(item.quantity().unit(), path + "/quantity/unit/cd");
        }
    }

    /** Checks a sender or author; true when it is there with a valid NIHII. */
    private boolean party(Party party, String path) {
        if (party == null) {
            add(KmehrViolation.MISSING, path, "the party is missing");
            return false;
        }
        required(party.kind(), path + "/cd");
        text(party.name(), path + "/name");
        if (party.nihii() == null) {
            add(KmehrViolation.MISSING, path + "/id", "the NIHII is missing");
            return false;
        }
        if (!NIHII.matcher(party.nihii()).matches()) {
            add(KmehrViolation.NIHII_INVALID, path + "/id", "a NIHII has 11 digits");
            return false;
        }
        return true;
    }

    private void text(String value, String path) {
        if (value == null || value.isBlank()) {
            add(KmehrViolation.MISSING, path, "a required text is missing or blank");
        }
    }

    private void required(Object value, String path) {
        if (value == null) {
            add(KmehrViolation.MISSING, path, "a required value is missing");
        }
    }

    private void add(String code, String path, String detail) {
        violations.add(new KmehrViolation(code, path, detail));
    }
}
