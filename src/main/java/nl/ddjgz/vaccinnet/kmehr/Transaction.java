package nl.ddjgz.vaccinnet.kmehr;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One vaccination act (CD-TRANSACTION vaccination): our own stable id (ID-KMEHR; letters, digits, ".", "_", "-", at
 * most 64; the registry's results refer to it), when it was recorded, the physician who is its author, and the vaccines
 * given (at least one).
 */
public record Transaction(String id, LocalDate date, LocalTime time, Party author, List<Item> items) {

    public Transaction {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
