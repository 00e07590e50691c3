package nl.ddjgz.vaccinnet.ws;

import java.util.List;

/** The answer to AddVaccinations: a result per KMEHR message, or a fault for the whole request. */
public record AddVaccinationsReply(List<AddResult> results, Fault fault) {

    public AddVaccinationsReply {
        results = results == null ? List.of() : List.copyOf(results);
        WsChecks.oneOf(results.isEmpty() ? null : results, fault, "an AddVaccinations reply");
    }

    public static AddVaccinationsReply of(List<AddResult> results) {
        return new AddVaccinationsReply(results, null);
    }

    public static AddVaccinationsReply refused(Fault fault) {
        return new AddVaccinationsReply(List.of(), fault);
    }
}
