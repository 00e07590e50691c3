package nl.ddjgz.simulator.vaccinnet;

import java.util.Base64;
import nl.ddjgz.shared.xml.XmlRefusedException;
import nl.ddjgz.vaccinnet.ws.PatientResult;
import nl.ddjgz.vaccinnet.ws.ProcessingResult;
import nl.ddjgz.vaccinnet.ws.ResultReply;
import nl.ddjgz.vaccinnet.ws.TransactionResult;
import nl.ddjgz.vaccinnet.ws.UploadReply;
import org.w3c.dom.Element;

/**
 * The simulated BatchUpload's own reading of the requests it receives (uploadRequest, resultRequest) and its writing
 * of the replies, on a plain DOM by the contract's element names (schema {@code xsd/vaccinnet/batchupload.xsd},
 * namespace {@value #NAMESPACE}). Thread-safe.
 */
public final class BatchUploadMessages {

    /** The contract's namespace. */
    public static final String NAMESPACE = "urn:ddjgz:vaccinnet:batchupload:v1";

    private static final RegisterSoap SOAP = new RegisterSoap(NAMESPACE, "batchupload.xsd");

    private BatchUploadMessages() {}

    /** An uploadRequest as received: the KMEHR message (decoded) and extraInfo's type and pakket. */
    public record UploadRequest(byte[] kmehrMessage, String type, String pakket) {

        @Override
        public String toString() {
            return "UploadRequest[" + kmehrMessage.length + " bytes, type=" + type + ", pakket=" + pakket + "]";
        }
    }

    /** @throws XmlRefusedException when the request is refused (envelope or schema) */
    public static UploadRequest readUpload(byte[] envelope) {
        Element upload = SOAP.read(envelope, "uploadRequest");
        Element extra =
                (Element) upload.getElementsByTagNameNS(NAMESPACE, "extraInfo").item(0);
        return new UploadRequest(
                Base64.getMimeDecoder().decode(SOAP.text(upload, "kmehrmessage")),
                SOAP.text(extra, "type"),
                SOAP.text(extra, "pakket"));
    }

    /**
     * The transactionId asked for.
     *
     * @throws XmlRefusedException when the request is refused
     */
    public static String readResultRequest(byte[] envelope) {
        return SOAP.text(SOAP.read(envelope, "resultRequest"), "transactionId");
    }

    public static byte[] writeUploadReply(UploadReply reply) {
        Element response = SOAP.reply("uploadResponse");
        if (reply.fault() != null) {
            SOAP.fault(response, reply.fault().code(), reply.fault().description(), true);
        } else {
            SOAP.add(response, "transactionId", reply.transactionId());
        }
        return SOAP.write(response);
    }

    public static byte[] writeResultReply(ResultReply reply) {
        Element response = SOAP.reply("resultResponse");
        ProcessingResult result = reply.result();
        if (reply.fault() != null || result == null) {
            SOAP.fault(response, reply.fault().code(), reply.fault().description(), true);
            return SOAP.write(response);
        }
        SOAP.add(response, "transactionId", result.transactionId());
        SOAP.add(response, "status", result.status().name());
        for (PatientResult patient : result.patients()) {
            Element p = SOAP.add(response, "patient", null);
            SOAP.add(p, "insz", patient.insz().value());
            for (TransactionResult transaction : patient.transactions()) {
                Element t = SOAP.add(p, "transaction", null);
                SOAP.add(t, "kmehrTransactionId", transaction.kmehrTransactionId());
                SOAP.add(t, "resultCode", transaction.resultCode());
                if (transaction.resultText() != null) {
                    SOAP.add(t, "resultTekst", transaction.resultText());
                }
            }
        }
        return SOAP.write(response);
    }
}
