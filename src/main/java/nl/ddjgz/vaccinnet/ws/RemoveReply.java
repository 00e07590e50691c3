package nl.ddjgz.vaccinnet.ws;

/** The answer to RemoveVaccination: OK, or ERROR with a fault. */
public record RemoveReply(RegistrationStatus status, Fault fault) {

    public RemoveReply {
        WsChecks.required(status, "status");
    }

    public static RemoveReply ok() {
        return new RemoveReply(RegistrationStatus.OK, null);
    }

    public static RemoveReply error(Fault fault) {
        return new RemoveReply(RegistrationStatus.ERROR, WsChecks.required(fault, "fout"));
    }
}
