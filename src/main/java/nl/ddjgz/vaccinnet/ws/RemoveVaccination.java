package nl.ddjgz.vaccinnet.ws;

import nl.ddjgz.shared.Insz;

/** RegistratieService RemoveVaccination: the first half of a correction (then a new add). */
public record RemoveVaccination(String softwareId, Insz patientId, String vaccinationId) {

    public RemoveVaccination {
        WsChecks.softwareId(softwareId, "SoftwareId");
        WsChecks.required(patientId, "PatientId");
        WsChecks.text(vaccinationId, "VaccinationId");
    }
}
