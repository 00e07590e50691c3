package nl.ddjgz.vaccinnet.ws;

import java.util.ArrayList;
import java.util.List;
import nl.ddjgz.vaccinnet.ws.batchupload.v1.ExtraInfoType;
import nl.ddjgz.vaccinnet.ws.batchupload.v1.FoutType;
import nl.ddjgz.vaccinnet.ws.batchupload.v1.ObjectFactory;
import nl.ddjgz.vaccinnet.ws.batchupload.v1.PatientResultType;
import nl.ddjgz.vaccinnet.ws.batchupload.v1.ResultRequest;
import nl.ddjgz.vaccinnet.ws.batchupload.v1.ResultResponse;
import nl.ddjgz.vaccinnet.ws.batchupload.v1.TransactionResultType;
import nl.ddjgz.vaccinnet.ws.batchupload.v1.UploadResponse;

/**
 * The BatchUpload messages in SOAP 1.1 envelopes as the adapter needs them: it writes requests and reads replies (the
 * simulated registry has its own reading and writing, in the tests). Schema {@code xsd/vaccinnet/batchupload.xsd}, namespace {@value #NAMESPACE}: our
 * own reading of the contract, to be aligned with the registry's cookbook. Every message written is checked against
 * the schema; every message read is checked before anything is built. Thread-safe.
 */
public final class BatchUploadXml {

    /** Our namespace of the BatchUpload contract. */
    public static final String NAMESPACE = "urn:ddjgz:vaccinnet:batchupload:v1";

    private static final WsXml XML = new WsXml(NAMESPACE, "batchupload.xsd", ObjectFactory.class);

    private BatchUploadXml() {}

    // uploadRequest

    public static byte[] writeUploadRequest(UploadRequest request) {
        var element = new nl.ddjgz.vaccinnet.ws.batchupload.v1.UploadRequest();
        element.setKmehrmessage(request.kmehrMessage());
        ExtraInfoType extra = new ExtraInfoType();
        extra.setType(request.type());
        extra.setPakket(request.pakket());
        element.setExtraInfo(extra);
        return XML.write(element, "uploadRequest");
    }

    // uploadResponse

    public static UploadReply readUploadReply(byte[] envelope) {
        UploadResponse element = XML.read(envelope, "uploadResponse", UploadResponse.class);
        return new UploadReply(element.getTransactionId(), fault(element.getFout()));
    }

    // resultRequest

    public static byte[] writeResultRequest(String transactionId) {
        ResultRequest element = new ResultRequest();
        element.setTransactionId(WsChecks.text(transactionId, "transactionId"));
        return XML.write(element, "resultRequest");
    }

    // resultResponse

    public static ResultReply readResultReply(byte[] envelope) {
        ResultResponse element = XML.read(envelope, "resultResponse", ResultResponse.class);
        if (element.getFout() != null) {
            return ResultReply.refused(fault(element.getFout()));
        }
        List<PatientResult> patients = new ArrayList<>();
        for (PatientResultType patient : element.getPatient()) {
            List<TransactionResult> transactions = new ArrayList<>();
            for (TransactionResultType t : patient.getTransaction()) {
                transactions.add(
                        new TransactionResult(t.getKmehrTransactionId(), t.getResultCode(), t.getResultTekst()));
            }
            patients.add(new PatientResult(WsXml.insz(patient.getInsz(), "resultResponse"), transactions));
        }
        return ResultReply.of(new ProcessingResult(
                element.getTransactionId(),
                ProcessingStatus.valueOf(element.getStatus().value()),
                patients));
    }

    private static Fault fault(FoutType fout) {
        return Fault.read(fout, FoutType::getFoutCode, FoutType::getFoutOmschrijving);
    }
}
