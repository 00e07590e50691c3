package nl.ddjgz.praeventis.hl7;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.ddjgz.praeventis.hl7.v3.CD;
import nl.ddjgz.praeventis.hl7.v3.CalledChild;
import nl.ddjgz.praeventis.hl7.v3.CalledChildComponent;
import nl.ddjgz.praeventis.hl7.v3.ImmunizationRequestListComponent;
import nl.ddjgz.praeventis.hl7.v3.Opaque;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002160NLMessage;
import nl.ddjgz.shared.Bsn;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a vaccination call list (REPC_IN002160NL): our schema first (the frame and the vaccinations called for), then
 * each child's patient (template .135) element by element, as leniently as the official model allows it (BSN or RIVM
 * number or neither, one or two addresses, a legal or an official name). Thread-safe.
 */
public final class CallListReader {

    public static final String INTERACTION = "REPC_IN002160NL";

    private static final String V3_NS = Hl7Schemas.NAMESPACE;

    private static final String RIVM_NUMBER = "2.16.840.1.113883.2.4.6.20";

    private final ZoneId zone;

    public CallListReader(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
    }

    /**
     * @throws InvalidMessageException when the bytes are not XML, not a REPC_IN002160NL, do not validate against our
     *     schema, or a child has no birth date, a BSN that fails the elfproef or a date that is not a real date
     */
    public CallListMessage read(byte[] xml) {
        REPCIN002160NLMessage message = Jaxb.read(xml, INTERACTION, REPCIN002160NLMessage.class);
        List<ValidationError> errors = new ArrayList<>();
        List<CallListMessage.Child> children = new ArrayList<>();
        List<ImmunizationRequestListComponent> components = message.getControlActProcess()
                .getSubject()
                .getImmunizationRequestList()
                .getComponent();
        for (int i = 0; i < components.size(); i++) {
            children.add(child(components.get(i).getOrganizer(), "component[" + (i + 1) + "]", errors));
        }
        if (!errors.isEmpty()) {
            throw new InvalidMessageException(
                    INTERACTION, errors.stream().limit(ParserErrors.MAX).toList());
        }
        java.time.Instant created;
        try {
            created = Hl7Time.instant(message.getCreationTime().getValue(), zone);
        } catch (DateTimeException e) {
            throw new InvalidMessageException(
                    INTERACTION, List.of(ValidationError.of("creationTime: not a valid point in time.")));
        }
        return new CallListMessage(
                V3.messageId(message),
                created,
                V3.applicationId(message.getSender().getDevice()),
                message.getReceiver().isEmpty()
                        ? null
                        : V3.applicationId(message.getReceiver().get(0).getDevice()),
                children,
                campaign(message));
    }

    private CallListMessage.Child child(CalledChild organizer, String where, List<ValidationError> errors) {
        Patient patient = new Patient(organizer.getSubject().getPatient());
        String bsn = null;
        String rivmNumber = null;
        for (Element id : patient.children("id")) {
            String extension = blankToNull(id.getAttribute("extension"));
            if (Oids.BSN.equals(id.getAttribute("root")) && extension != null) {
                if (Bsn.isValid(extension)) {
                    bsn = extension;
                } else {
                    errors.add(ValidationError.of(where + ": the child's BSN does not pass the elfproef."));
                }
            } else if (RIVM_NUMBER.equals(id.getAttribute("root"))) {
                rivmNumber = extension;
            }
        }
        Element addr = patient.children("addr").stream().findFirst().orElse(null);
        Element person = patient.children("patientPerson").stream().findFirst().orElse(null);
        Element name = person == null ? null : first(person, "name");
        LocalDate birthDate = null;
        String gender = null;
        if (person != null) {
            Element birthTime = first(person, "birthTime");
            String value = birthTime == null ? null : blankToNull(birthTime.getAttribute("value"));
            if (value != null) {
                try {
                    birthDate = Hl7Time.day(value);
                } catch (DateTimeException e) {
                    errors.add(ValidationError.of(where + ": the birth date '" + value + "' is not a real date."));
                }
            }
            Element genderCode = first(person, "administrativeGenderCode");
            gender = genderCode == null ? null : blankToNull(genderCode.getAttribute("code"));
        }
        if (birthDate == null && errors.isEmpty()) {
            errors.add(ValidationError.of(where + ": the child has no birth date."));
        }
        List<CallListMessage.CalledFor> vaccinations = new ArrayList<>();
        for (CalledChildComponent component : organizer.getComponent()) {
            var administration = component.getSubstanceAdministration();
            CD code = administration
                    .getConsumable()
                    .getMedication()
                    .getAdministrableMedicine()
                    .getCode();
            boolean coded = code != null && !V3.isNull(code) && Oids.VACCINE_TYPE.equals(code.getCodeSystem());
            LocalDate planned = null;
            if (administration.getEffectiveTime() != null
                    && administration.getEffectiveTime().getValue() != null) {
                try {
                    planned = Hl7Time.day(administration.getEffectiveTime().getValue());
                } catch (DateTimeException e) {
                    errors.add(ValidationError.of(where + ": a planned date is not a real date."));
                }
            }
            vaccinations.add(new CallListMessage.CalledFor(
                    coded ? blankToNull(code.getCode()) : null,
                    code == null
                            ? null
                            : blankToNull(
                                    code.getDisplayName() != null
                                            ? code.getDisplayName()
                                            : V3.text(code.getOriginalText())),
                    planned));
        }
        return new CallListMessage.Child(
                bsn,
                rivmNumber,
                name == null ? null : joined(name, "given"),
                name == null ? null : joined(name, "prefix"),
                name == null ? null : joined(name, "family"),
                birthDate,
                gender,
                addr == null ? null : text(first(addr, "postalCode")),
                addr == null ? null : number(text(first(addr, "houseNumber"))),
                addr == null ? null : text(first(addr, "buildingNumberSuffix")),
                addr == null ? null : text(first(addr, "city")),
                vaccinations,
                addr == null ? null : text(first(addr, "streetName")));
    }

    /** The campaign's name as the control act's text says it (at most 200 characters), or null. */
    private static String campaign(REPCIN002160NLMessage message) {
        return message.getControlActProcess().getText().stream()
                .map(V3::text)
                .map(CallListReader::blankToNull)
                .filter(Objects::nonNull)
                .map(t -> t.length() > 200 ? t.substring(0, 200) : t)
                .findFirst()
                .orElse(null);
    }

    /** The patient's elements as they came (the schema takes them as they are; see REPC_IN002160NL.xsd). */
    private record Patient(Opaque content) {

        List<Element> children(String name) {
            List<Element> found = new ArrayList<>();
            for (Object o : content.getContent()) {
                if (o instanceof Element e && V3_NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                    found.add(e);
                }
            }
            return found;
        }
    }

    private static Element first(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && V3_NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String joined(Element name, String part) {
        List<String> parts = new ArrayList<>();
        for (Node n = name.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && V3_NS.equals(e.getNamespaceURI()) && part.equals(e.getLocalName())) {
                String text = blankToNull(e.getTextContent());
                if (text != null) {
                    parts.add(text);
                }
            }
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static String text(Element element) {
        return element == null ? null : blankToNull(element.getTextContent());
    }

    private static Integer number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
