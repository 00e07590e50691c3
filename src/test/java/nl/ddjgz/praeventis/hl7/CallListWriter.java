package nl.ddjgz.praeventis.hl7;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a vaccination call list as the register sends it (REPC_IN002160NL), for the Praeventis simulator: the AORTA
 * wrapper, the control act with the campaign's name and period, and per child the patient (template .135: BSN, home
 * address, name, gender, birth date) with the vaccinations it is called for (W0422 code, planned day). What it writes
 * is read back with {@link CallListReader} before it is returned (our schema and the reader's rules); the official
 * rules are checked in the conformance tests. Thread-safe.
 */
public final class CallListWriter {

    private static final String NS = Hl7Schemas.NAMESPACE;
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String CALL_LIST_TEMPLATE = "2.16.840.1.113883.2.4.6.10.100.160";
    private static final String PATIENT_TEMPLATE = "2.16.840.1.113883.2.4.6.10.100.135";
    private static final String PERSON_TEMPLATE = "2.16.840.1.113883.2.4.6.10.100.136";
    private static final String TRIGGER_EVENTS = "2.16.840.1.113883.1.18";

    private final SendingSystem author;
    private final ZoneId zone;

    public CallListWriter(SendingSystem author, ZoneId zone) {
        this.author = Objects.requireNonNull(author);
        this.zone = Objects.requireNonNull(zone);
    }

    /**
     * A campaign: its name (the control act's text) and period.
     *
     * @param name e.g. "HPV-campagne voorjaar 2026"
     */
    public record Campaign(String name, LocalDate from, LocalDate to) {}

    /**
     * @throws IllegalArgumentException when the list has no children, a child has no birth date or family name, or
     *     the result does not read back
     */
    public byte[] write(CallListMessage list, Campaign campaign) {
        Objects.requireNonNull(list.messageId(), "messageId");
        Objects.requireNonNull(list.creationTime(), "creationTime");
        Objects.requireNonNull(list.sender(), "sender");
        Objects.requireNonNull(list.receiver(), "receiver");
        if (list.children().isEmpty()) {
            throw new IllegalArgumentException("a call list has at least one child");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(NS);
            w.writeStartElement(NS, CallListReader.INTERACTION);
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", XSI);
            id(w, "id", list.messageId());
            value(w, "creationTime", Hl7Time.format(list.creationTime(), zone));
            code(w, "versionCode", Oids.VERSION_CODE);
            id(w, "interactionId", new II(Oids.INTERACTION, CallListReader.INTERACTION));
            id(w, "profileId", new II(Oids.PROFILE, Oids.PROFILE_EXTENSION));
            code(w, "processingCode", "P");
            code(w, "processingModeCode", "T");
            code(w, "acceptAckCode", "AL");
            device(w, "receiver", "RCV", list.receiver());
            device(w, "sender", "SND", list.sender());
            w.writeStartElement(NS, "ControlActProcess");
            w.writeAttribute("moodCode", "EVN");
            w.writeStartElement(NS, "code");
            w.writeAttribute("code", "REPC_TE002160NL");
            w.writeAttribute("codeSystem", TRIGGER_EVENTS);
            w.writeEndElement();
            if (campaign != null && campaign.name() != null && !campaign.name().isBlank()) {
                text(w, "text", campaign.name());
            }
            if (campaign != null && campaign.from() != null && campaign.to() != null) {
                w.writeStartElement(NS, "effectiveTime");
                value(w, "low", Hl7Time.format(campaign.from()));
                value(w, "high", Hl7Time.format(campaign.to()));
                w.writeEndElement();
            }
            authorOrPerformer(w);
            w.writeStartElement(NS, "subject");
            w.writeAttribute("typeCode", "SUBJ");
            w.writeStartElement(NS, "immunizationRequestList");
            w.writeAttribute("classCode", "LIST");
            w.writeAttribute("moodCode", "EVN");
            template(w, CALL_LIST_TEMPLATE);
            w.writeStartElement(NS, "code");
            w.writeAttribute("code", "IMMUNIZ");
            w.writeAttribute("codeSystem", Oids.ACT_CODE);
            w.writeEndElement();
            for (CallListMessage.Child child : list.children()) {
                child(w, child);
            }
            w.writeEndElement(); // immunizationRequestList
            w.writeEndElement(); // subject
            w.writeEndElement(); // ControlActProcess
            w.writeEndElement(); // root
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("call list could not be written", e);
        }
        byte[] xml = out.toByteArray();
        try {
            new CallListReader(zone).read(xml);
        } catch (InvalidMessageException e) {
            throw new IllegalArgumentException(
                    "the call list does not validate: " + e.errors().size() + " errors");
        }
        return xml;
    }

    private void authorOrPerformer(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement(NS, "authorOrPerformer");
        w.writeAttribute("typeCode", "AUT");
        w.writeStartElement(NS, "participant");
        w.writeStartElement(NS, "AssignedDevice");
        id(w, "id", author.device());
        w.writeStartElement(NS, "Organization");
        if (author.organisation() != null) {
            id(w, "id", author.organisation());
        }
        text(w, "name", author.organisationName());
        w.writeStartElement(NS, "addr");
        text(w, "city", author.city());
        w.writeEndElement();
        w.writeEndElement(); // Organization
        w.writeEndElement(); // AssignedDevice
        w.writeEndElement(); // participant
        w.writeEndElement(); // authorOrPerformer
    }

    private static void child(XMLStreamWriter w, CallListMessage.Child child) throws XMLStreamException {
        if (child.birthDate() == null
                || child.familyName() == null
                || child.familyName().isBlank()) {
            throw new IllegalArgumentException("a child on a call list has a family name and a birth date");
        }
        w.writeStartElement(NS, "component");
        w.writeAttribute("typeCode", "COMP");
        w.writeStartElement(NS, "organizer");
        w.writeAttribute("classCode", "ACT");
        w.writeAttribute("moodCode", "EVN");
        w.writeStartElement(NS, "subject");
        w.writeAttribute("typeCode", "SBJ");
        w.writeStartElement(NS, "patient");
        w.writeAttribute("classCode", "PAT");
        template(w, PATIENT_TEMPLATE);
        if (child.bsn() != null) {
            id(w, "id", new II(Oids.BSN, child.bsn()));
        }
        if (child.postcode() != null || child.city() != null) {
            w.writeStartElement(NS, "addr");
            w.writeAttribute("use", "HP");
            optionalText(w, "streetName", child.street());
            optionalText(
                    w,
                    "houseNumber",
                    child.houseNumber() == null ? null : child.houseNumber().toString());
            optionalText(w, "buildingNumberSuffix", child.houseNumberSuffix());
            optionalText(w, "postalCode", child.postcode());
            optionalText(w, "city", child.city());
            w.writeEndElement();
        }
        w.writeStartElement(NS, "statusCode");
        w.writeAttribute("code", "active");
        w.writeEndElement();
        w.writeStartElement(NS, "patientPerson");
        w.writeAttribute("classCode", "PSN");
        w.writeAttribute("determinerCode", "INSTANCE");
        template(w, PERSON_TEMPLATE);
        w.writeStartElement(NS, "name");
        w.writeAttribute("use", "OR");
        if (child.givenNames() != null && !child.givenNames().isBlank()) {
            w.writeStartElement(NS, "given");
            w.writeAttribute("qualifier", "BR");
            w.writeCharacters(child.givenNames());
            w.writeEndElement();
        }
        if (child.namePrefix() != null && !child.namePrefix().isBlank()) {
            w.writeStartElement(NS, "prefix");
            w.writeAttribute("qualifier", "VV");
            w.writeCharacters(child.namePrefix() + " ");
            w.writeEndElement();
        }
        w.writeStartElement(NS, "family");
        w.writeAttribute("qualifier", "BR");
        w.writeCharacters(child.familyName());
        w.writeEndElement();
        w.writeEndElement(); // name
        w.writeStartElement(NS, "administrativeGenderCode");
        w.writeAttribute("code", child.gender() == null ? "UN" : child.gender());
        w.writeAttribute("codeSystem", Oids.ADMINISTRATIVE_GENDER);
        w.writeEndElement();
        value(w, "birthTime", Hl7Time.format(child.birthDate()));
        w.writeEndElement(); // patientPerson
        w.writeEndElement(); // patient
        w.writeEndElement(); // subject
        for (CallListMessage.CalledFor called : child.vaccinations()) {
            w.writeStartElement(NS, "component");
            w.writeAttribute("typeCode", "COMP");
            w.writeStartElement(NS, "substanceAdministration");
            w.writeAttribute("classCode", "SBADM");
            w.writeAttribute("moodCode", "INT");
            w.writeAttribute("negationInd", "false");
            w.writeStartElement(NS, "code");
            w.writeAttribute("code", "IMMUNIZ");
            w.writeAttribute("codeSystem", Oids.ACT_CODE);
            w.writeEndElement();
            if (called.plannedDate() != null) {
                value(w, "effectiveTime", Hl7Time.format(called.plannedDate()));
            }
            w.writeStartElement(NS, "consumable");
            w.writeAttribute("typeCode", "CSM");
            w.writeStartElement(NS, "medication");
            w.writeAttribute("classCode", "ADMM");
            w.writeStartElement(NS, "administrableMedicine");
            w.writeAttribute("classCode", "MMAT");
            w.writeAttribute("determinerCode", "KIND");
            w.writeStartElement(NS, "code");
            w.writeAttribute("code", called.w0422Code());
            w.writeAttribute("codeSystem", Oids.VACCINE_TYPE);
            String name = W0422.displayName(called.w0422Code());
            if (name != null) {
                w.writeAttribute("displayName", name);
            }
            w.writeEndElement();
            w.writeEndElement(); // administrableMedicine
            w.writeEndElement(); // medication
            w.writeEndElement(); // consumable
            w.writeEndElement(); // substanceAdministration
            w.writeEndElement(); // component
        }
        w.writeEndElement(); // organizer
        w.writeEndElement(); // component
    }

    private static void device(XMLStreamWriter w, String element, String typeCode, II id) throws XMLStreamException {
        w.writeStartElement(NS, element);
        w.writeAttribute("typeCode", typeCode);
        w.writeStartElement(NS, "device");
        id(w, "id", id);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void template(XMLStreamWriter w, String root) throws XMLStreamException {
        w.writeStartElement(NS, "templateId");
        w.writeAttribute("root", root);
        w.writeEndElement();
    }

    private static void id(XMLStreamWriter w, String element, II id) throws XMLStreamException {
        w.writeStartElement(NS, element);
        w.writeAttribute("root", id.root());
        if (id.extension() != null) {
            w.writeAttribute("extension", id.extension());
        }
        w.writeEndElement();
    }

    private static void value(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement(NS, element);
        w.writeAttribute("value", value);
        w.writeEndElement();
    }

    private static void code(XMLStreamWriter w, String element, String code) throws XMLStreamException {
        w.writeStartElement(NS, element);
        w.writeAttribute("code", code);
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String element, String text) throws XMLStreamException {
        w.writeStartElement(NS, element);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void optionalText(XMLStreamWriter w, String element, String text) throws XMLStreamException {
        if (text != null && !text.isBlank()) {
            text(w, element, text);
        }
    }
}
