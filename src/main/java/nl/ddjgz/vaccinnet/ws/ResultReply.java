package nl.ddjgz.vaccinnet.ws;

/** The answer to a result request: the result, or a fault (e.g. an unknown transactionId). */
public record ResultReply(ProcessingResult result, Fault fault) {

    public ResultReply {
        WsChecks.oneOf(result, fault, "a result reply");
    }

    public static ResultReply of(ProcessingResult result) {
        return new ResultReply(result, null);
    }

    public static ResultReply refused(Fault fault) {
        return new ResultReply(null, fault);
    }
}
