package nl.ddjgz.vaccinnet.ws;

/**
 * The outcome for the KMEHR message at {@code index} (0-based, in the order of the request): OK with the {@code
 * VaccinationId} to keep (needed to remove it later), or ERROR with a fault.
 */
public record AddResult(int index, RegistrationStatus status, String vaccinationId, Fault fault) {

    public AddResult {
        WsChecks.required(status, "status");
        if (index < 0) {
            throw new IllegalArgumentException("index is 0 or more");
        }
    }

    public static AddResult ok(int index, String vaccinationId) {
        return new AddResult(index, RegistrationStatus.OK, WsChecks.text(vaccinationId, "VaccinationId"), null);
    }

    public static AddResult error(int index, Fault fault) {
        return new AddResult(index, RegistrationStatus.ERROR, null, WsChecks.required(fault, "fout"));
    }
}
