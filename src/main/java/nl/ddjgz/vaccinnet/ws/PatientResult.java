package nl.ddjgz.vaccinnet.ws;

import java.util.List;
import nl.ddjgz.shared.Insz;

/** The outcome for one person of an upload, per KMEHR transaction. */
public record PatientResult(Insz insz, List<TransactionResult> transactions) {

    public PatientResult {
        WsChecks.required(insz, "insz");
        transactions = transactions == null ? List.of() : List.copyOf(transactions);
    }
}
