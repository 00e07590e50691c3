package nl.ddjgz.vaccinnet.ws;

import java.util.ArrayList;
import java.util.List;
import nl.ddjgz.shared.xml.XmlDates;
import nl.ddjgz.vaccinnet.ws.registratie.v1.AddResultType;
import nl.ddjgz.vaccinnet.ws.registratie.v1.AddVaccinationsResponse;
import nl.ddjgz.vaccinnet.ws.registratie.v1.FoutType;
import nl.ddjgz.vaccinnet.ws.registratie.v1.GetVaccinationsResponse;
import nl.ddjgz.vaccinnet.ws.registratie.v1.ObjectFactory;
import nl.ddjgz.vaccinnet.ws.registratie.v1.RemoveVaccinationResponse;
import nl.ddjgz.vaccinnet.ws.registratie.v1.VaccinationType;

/**
 * The RegistratieService messages in SOAP 1.1 envelopes as the adapter needs them: it writes requests and reads
 * replies (the simulated registry has its own reading and writing, in the tests). Schema {@code xsd/vaccinnet/registratie.xsd}, namespace {@value #NAMESPACE}: our
 * own reading of the contract, to be aligned with the registry's cookbook. Every message written is checked against
 * the schema; every message read is checked before anything is built. Thread-safe.
 */
public final class RegistratieXml {

    /** Our namespace of the RegistratieService contract. */
    public static final String NAMESPACE = "urn:ddjgz:vaccinnet:registratie:v1";

    private static final WsXml XML = new WsXml(NAMESPACE, "registratie.xsd", ObjectFactory.class);

    private RegistratieXml() {}

    // AddVaccinations

    public static byte[] writeAddVaccinations(AddVaccinations request) {
        var element = new nl.ddjgz.vaccinnet.ws.registratie.v1.AddVaccinations();
        element.setSoftwareId(request.softwareId());
        element.setPatientId(request.patientId().value());
        element.getKmehrMessage().addAll(request.kmehrMessages());
        return XML.write(element, "AddVaccinations");
    }

    public static AddVaccinationsReply readAddVaccinationsReply(byte[] envelope) {
        AddVaccinationsResponse element = XML.read(envelope, "AddVaccinationsResponse", AddVaccinationsResponse.class);
        if (element.getFout() != null) {
            return AddVaccinationsReply.refused(fault(element.getFout()));
        }
        List<AddResult> results = new ArrayList<>();
        for (AddResultType type : element.getResult()) {
            results.add(new AddResult(
                    type.getIndex().intValueExact(),
                    RegistrationStatus.valueOf(type.getStatus().value()),
                    type.getVaccinationId(),
                    type.getFoutCode() == null ? null : new Fault(type.getFoutCode(), type.getFoutOmschrijving())));
        }
        return AddVaccinationsReply.of(results);
    }

    // RemoveVaccination

    public static byte[] writeRemoveVaccination(RemoveVaccination request) {
        var element = new nl.ddjgz.vaccinnet.ws.registratie.v1.RemoveVaccination();
        element.setSoftwareId(request.softwareId());
        element.setPatientId(request.patientId().value());
        element.setVaccinationId(request.vaccinationId());
        return XML.write(element, "RemoveVaccination");
    }

    public static RemoveReply readRemoveReply(byte[] envelope) {
        RemoveVaccinationResponse element =
                XML.read(envelope, "RemoveVaccinationResponse", RemoveVaccinationResponse.class);
        return new RemoveReply(
                RegistrationStatus.valueOf(element.getStatus().value()),
                element.getFoutCode() == null ? null : new Fault(element.getFoutCode(), element.getFoutOmschrijving()));
    }

    // GetVaccinations

    public static byte[] writeGetVaccinations(GetVaccinations request) {
        var element = new nl.ddjgz.vaccinnet.ws.registratie.v1.GetVaccinations();
        element.setSoftwareId(request.softwareId());
        element.setPatientId(request.patientId().value());
        element.setSince(XmlDates.date(request.since()));
        return XML.write(element, "GetVaccinations");
    }

    public static GetVaccinationsReply readGetVaccinationsReply(byte[] envelope) {
        GetVaccinationsResponse element = XML.read(envelope, "GetVaccinationsResponse", GetVaccinationsResponse.class);
        if (element.getFout() != null) {
            return GetVaccinationsReply.refused(fault(element.getFout()));
        }
        List<StoredVaccination> vaccinations = new ArrayList<>();
        for (VaccinationType type : element.getVaccination()) {
            vaccinations.add(new StoredVaccination(type.getVaccinationId(), type.getKmehrMessage()));
        }
        return GetVaccinationsReply.of(vaccinations);
    }

    private static Fault fault(FoutType fout) {
        return Fault.read(fout, FoutType::getFoutCode, FoutType::getFoutOmschrijving);
    }
}
