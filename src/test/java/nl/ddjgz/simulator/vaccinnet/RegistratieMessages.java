package nl.ddjgz.simulator.vaccinnet;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.xml.Soap11;
import nl.ddjgz.shared.xml.XmlError;
import nl.ddjgz.shared.xml.XmlRefusedException;
import nl.ddjgz.vaccinnet.ws.AddResult;
import nl.ddjgz.vaccinnet.ws.AddVaccinationsReply;
import nl.ddjgz.vaccinnet.ws.GetVaccinationsReply;
import nl.ddjgz.vaccinnet.ws.RemoveReply;
import nl.ddjgz.vaccinnet.ws.StoredVaccination;
import org.w3c.dom.Element;

/**
 * The simulated RegistratieService's own reading of the requests it receives (AddVaccinations, RemoveVaccination,
 * GetVaccinations) and its writing of the replies, on a plain DOM by the contract's element names (schema {@code
 * xsd/vaccinnet/registratie.xsd}, namespace {@value #NAMESPACE}). The answers are given as the registry's values
 * (the records the sender reads them into); how they go on the wire is this class's own. Thread-safe.
 */
public final class RegistratieMessages {

    /** The contract's namespace. */
    public static final String NAMESPACE = "urn:ddjgz:vaccinnet:registratie:v1";

    private static final RegisterSoap SOAP = new RegisterSoap(NAMESPACE, "registratie.xsd");

    private RegistratieMessages() {}

    /** AddVaccinations as received: the software id, the patient and 1 to 5 KMEHR messages (decoded). */
    public record AddRequest(String softwareId, Insz patientId, List<byte[]> kmehrMessages) {

        public AddRequest {
            kmehrMessages = List.copyOf(kmehrMessages);
        }

        @Override
        public String toString() {
            return "AddRequest[" + kmehrMessages.size() + " KMEHR messages]";
        }
    }

    /** RemoveVaccination as received. */
    public record RemoveRequest(String softwareId, Insz patientId, String vaccinationId) {}

    /** GetVaccinations as received. */
    public record GetRequest(String softwareId, Insz patientId, LocalDate since) {}

    /** @throws XmlRefusedException when the request is refused (envelope, schema or INSZ) */
    public static AddRequest readAdd(byte[] envelope) {
        return readAdd(Soap11.bodyElement(envelope, RegisterSoap.MASK));
    }

    /**
     * @param request the Body's content, as {@link Soap11#bodyElement} gives it
     * @throws XmlRefusedException when the request is refused
     */
    public static AddRequest readAdd(Element request) {
        Element add = SOAP.read(request, "AddVaccinations");
        return new AddRequest(
                SOAP.text(add, "SoftwareId"),
                patient(add, "AddVaccinations"),
                SOAP.texts(add, "KmehrMessage").stream()
                        .map(Base64.getMimeDecoder()::decode)
                        .toList());
    }

    /** @throws XmlRefusedException when the request is refused */
    public static RemoveRequest readRemove(byte[] envelope) {
        return readRemove(Soap11.bodyElement(envelope, RegisterSoap.MASK));
    }

    /**
     * @param request the Body's content, as {@link Soap11#bodyElement} gives it
     * @throws XmlRefusedException when the request is refused
     */
    public static RemoveRequest readRemove(Element request) {
        Element remove = SOAP.read(request, "RemoveVaccination");
        return new RemoveRequest(
                SOAP.text(remove, "SoftwareId"),
                patient(remove, "RemoveVaccination"),
                SOAP.text(remove, "VaccinationId"));
    }

    /** @throws XmlRefusedException when the request is refused */
    public static GetRequest readGet(byte[] envelope) {
        return readGet(Soap11.bodyElement(envelope, RegisterSoap.MASK));
    }

    /**
     * @param request the Body's content, as {@link Soap11#bodyElement} gives it
     * @throws XmlRefusedException when the request is refused
     */
    public static GetRequest readGet(Element request) {
        Element get = SOAP.read(request, "GetVaccinations");
        String since = SOAP.text(get, "since");
        return new GetRequest(
                SOAP.text(get, "SoftwareId"),
                patient(get, "GetVaccinations"),
                LocalDate.parse(since.substring(0, Math.min(10, since.length()))));
    }

    private static Insz patient(Element request, String what) {
        String digits = SOAP.text(request, "PatientId");
        if (!RegisterInsz.valid(digits)) {
            throw new XmlRefusedException(what, List.of(XmlError.of("The INSZ is not valid.")));
        }
        return Insz.of(digits);
    }

    public static byte[] writeAddReply(AddVaccinationsReply reply) {
        Element response = SOAP.reply("AddVaccinationsResponse");
        if (reply.fault() != null) {
            SOAP.fault(response, reply.fault().code(), reply.fault().description(), true);
        }
        for (AddResult result : reply.results()) {
            Element r = SOAP.add(response, "Result", null);
            SOAP.add(r, "index", String.valueOf(result.index()));
            SOAP.add(r, "status", result.status().name());
            if (result.vaccinationId() != null) {
                SOAP.add(r, "VaccinationId", result.vaccinationId());
            }
            if (result.fault() != null) {
                SOAP.fault(r, result.fault().code(), result.fault().description(), false);
            }
        }
        return SOAP.write(response);
    }

    public static byte[] writeRemoveReply(RemoveReply reply) {
        Element response = SOAP.reply("RemoveVaccinationResponse");
        SOAP.add(response, "status", reply.status().name());
        if (reply.fault() != null) {
            SOAP.fault(response, reply.fault().code(), reply.fault().description(), false);
        }
        return SOAP.write(response);
    }

    public static byte[] writeGetReply(GetVaccinationsReply reply) {
        Element response = SOAP.reply("GetVaccinationsResponse");
        if (reply.fault() != null) {
            SOAP.fault(response, reply.fault().code(), reply.fault().description(), true);
        }
        for (StoredVaccination vaccination : reply.vaccinations()) {
            Element v = SOAP.add(response, "Vaccination", null);
            SOAP.add(v, "VaccinationId", vaccination.vaccinationId());
            SOAP.add(v, "KmehrMessage", Base64.getEncoder().encodeToString(vaccination.kmehrMessage()));
        }
        return SOAP.write(response);
    }
}
