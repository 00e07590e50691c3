package nl.ddjgz.vaccinnet.ws;

/**
 * The registry's outcome for one KMEHR transaction of an upload: the transaction's id (ID-KMEHR in the message),
 * {@code resultCode} and {@code resultTekst} (may be null).
 */
public record TransactionResult(String kmehrTransactionId, String resultCode, String resultText) {

    public TransactionResult {
        WsChecks.text(kmehrTransactionId, "kmehrTransactionId");
        WsChecks.text(resultCode, "resultCode");
    }
}
