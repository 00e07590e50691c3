package nl.ddjgz.vaccinnet.ws;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import nl.ddjgz.shared.xml.XmlDates;
import nl.ddjgz.vaccinnet.ws.registratie.v1.AddResultType;
import nl.ddjgz.vaccinnet.ws.registratie.v1.AddVaccinationsResponse;
import nl.ddjgz.vaccinnet.ws.registratie.v1.FoutType;
import nl.ddjgz.vaccinnet.ws.registratie.v1.GetVaccinationsResponse;
import nl.ddjgz.vaccinnet.ws.registratie.v1.ObjectFactory;
import nl.ddjgz.vaccinnet.ws.registratie.v1.RemoveVaccinationResponse;
import nl.ddjgz.vaccinnet.ws.registratie.v1.StatusValue;
import nl.ddjgz.vaccinnet.ws.registratie.v1.VaccinationType;

/**
 * The RegistratieService messages in SOAP 1.1 envelopes, both ways (the adapter writes requests and reads replies, the
 * simulator the other way round). Schema {@code xsd/vaccinnet/registratie.xsd}, namespace {@value #NAMESPACE}: our
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

    public static AddVaccinations readAddVaccinations(byte[] envelope) {
        var element = XML.read(envelope, "AddVaccinations", nl.ddjgz.vaccinnet.ws.registratie.v1.AddVaccinations.class);
        return new AddVaccinations(
                element.getSoftwareId(),
                WsXml.insz(element.getPatientId(), "AddVaccinations"),
                element.getKmehrMessage());
    }

    public static byte[] writeAddVaccinationsReply(AddVaccinationsReply reply) {
        AddVaccinationsResponse element = new AddVaccinationsResponse();
        element.setFout(fout(reply.fault()));
        for (AddResult result : reply.results()) {
            AddResultType type = new AddResultType();
            type.setIndex(BigInteger.valueOf(result.index()));
            type.setStatus(StatusValue.fromValue(result.status().name()));
            type.setVaccinationId(result.vaccinationId());
            if (result.fault() != null) {
                type.setFoutCode(result.fault().code());
                type.setFoutOmschrijving(result.fault().description());
            }
            element.getResult().add(type);
        }
        return XML.write(element, "AddVaccinationsResponse");
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

    public static RemoveVaccination readRemoveVaccination(byte[] envelope) {
        var element =
                XML.read(envelope, "RemoveVaccination", nl.ddjgz.vaccinnet.ws.registratie.v1.RemoveVaccination.class);
        return new RemoveVaccination(
                element.getSoftwareId(),
                WsXml.insz(element.getPatientId(), "RemoveVaccination"),
                element.getVaccinationId());
    }

    public static byte[] writeRemoveReply(RemoveReply reply) {
        RemoveVaccinationResponse element = new RemoveVaccinationResponse();
        element.setStatus(StatusValue.fromValue(reply.status().name()));
        if (reply.fault() != null) {
            element.setFoutCode(reply.fault().code());
            element.setFoutOmschrijving(reply.fault().description());
        }
        return XML.write(element, "RemoveVaccinationResponse");
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

    public static GetVaccinations readGetVaccinations(byte[] envelope) {
        var element = XML.read(envelope, "GetVaccinations", nl.ddjgz.vaccinnet.ws.registratie.v1.GetVaccinations.class);
        return new GetVaccinations(
                element.getSoftwareId(),
                WsXml.insz(element.getPatientId(), "GetVaccinations"),
                XmlDates.localDate(element.getSince()));
    }

    public static byte[] writeGetVaccinationsReply(GetVaccinationsReply reply) {
        GetVaccinationsResponse element = new GetVaccinationsResponse();
        element.setFout(fout(reply.fault()));
        for (StoredVaccination vaccination : reply.vaccinations()) {
            VaccinationType type = new VaccinationType();
            type.setVaccinationId(vaccination.vaccinationId());
            type.setKmehrMessage(vaccination.kmehrMessage());
            element.getVaccination().add(type);
        }
        return XML.write(element, "GetVaccinationsResponse");
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

    private static FoutType fout(Fault fault) {
        return Fault.write(fault, FoutType::new, FoutType::setFoutCode, FoutType::setFoutOmschrijving);
    }

    private static Fault fault(FoutType fout) {
        return Fault.read(fout, FoutType::getFoutCode, FoutType::getFoutOmschrijving);
    }
}
