package nl.ddjgz.vaccinnet.ws;

/** The answer to an upload: the registry's {@code transactionId} to ask the result with, or a fault. */
public record UploadReply(String transactionId, Fault fault) {

    public UploadReply {
        WsChecks.oneOf(transactionId, fault, "an upload reply");
    }

    public static UploadReply accepted(String transactionId) {
        return new UploadReply(transactionId, null);
    }

    public static UploadReply refused(Fault fault) {
        return new UploadReply(null, fault);
    }

    public boolean isAccepted() {
        return transactionId != null;
    }
}
