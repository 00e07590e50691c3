package nl.ddjgz.vaccinnet.ws;

import java.util.List;

/** The result of an upload: PENDING (no patients yet) or PROCESSED with the outcome per patient. */
public record ProcessingResult(String transactionId, ProcessingStatus status, List<PatientResult> patients) {

    public ProcessingResult {
        WsChecks.text(transactionId, "transactionId");
        WsChecks.required(status, "status");
        patients = patients == null ? List.of() : List.copyOf(patients);
    }
}
