package nl.ddjgz.vaccinnet.ws;

import java.time.LocalDate;
import nl.ddjgz.shared.Insz;

/** RegistratieService GetVaccinations: what the registry holds for the patient since a date. */
public record GetVaccinations(String softwareId, Insz patientId, LocalDate since) {

    public GetVaccinations {
        WsChecks.softwareId(softwareId, "SoftwareId");
        WsChecks.required(patientId, "PatientId");
        WsChecks.required(since, "since");
    }
}
