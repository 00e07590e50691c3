package nl.ddjgz.vaccinnet.kmehr;

import java.util.List;

/** One patient and their vaccinations (at least one transaction). */
public record Folder(Patient patient, List<Transaction> transactions) {

    public Folder {
        transactions = transactions == null ? List.of() : List.copyOf(transactions);
    }
}
