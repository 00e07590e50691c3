package nl.ddjgz.praeventis.hl7;

import jakarta.xml.bind.JAXBElement;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.ddjgz.praeventis.hl7.v3.ADWithCity;
import nl.ddjgz.praeventis.hl7.v3.ADXP;
import nl.ddjgz.praeventis.hl7.v3.ANY;
import nl.ddjgz.praeventis.hl7.v3.AcceptAckCode;
import nl.ddjgz.praeventis.hl7.v3.AcceptAckCodeValue;
import nl.ddjgz.praeventis.hl7.v3.AssignedDevice;
import nl.ddjgz.praeventis.hl7.v3.AttentionLinePatientId;
import nl.ddjgz.praeventis.hl7.v3.AuthorOrPerformer;
import nl.ddjgz.praeventis.hl7.v3.AuthorOrPerformerParticipant;
import nl.ddjgz.praeventis.hl7.v3.AuthorOrPerformerType;
import nl.ddjgz.praeventis.hl7.v3.CD;
import nl.ddjgz.praeventis.hl7.v3.ControlActProcess;
import nl.ddjgz.praeventis.hl7.v3.CreationTime;
import nl.ddjgz.praeventis.hl7.v3.Device;
import nl.ddjgz.praeventis.hl7.v3.ED;
import nl.ddjgz.praeventis.hl7.v3.EN;
import nl.ddjgz.praeventis.hl7.v3.InteractionId;
import nl.ddjgz.praeventis.hl7.v3.KeyWordTextPatientId;
import nl.ddjgz.praeventis.hl7.v3.MessageId;
import nl.ddjgz.praeventis.hl7.v3.ON;
import nl.ddjgz.praeventis.hl7.v3.ObjectFactory;
import nl.ddjgz.praeventis.hl7.v3.Organization;
import nl.ddjgz.praeventis.hl7.v3.ProcessingCode;
import nl.ddjgz.praeventis.hl7.v3.ProcessingModeCode;
import nl.ddjgz.praeventis.hl7.v3.ProfileId;
import nl.ddjgz.praeventis.hl7.v3.Receiver;
import nl.ddjgz.praeventis.hl7.v3.Sender;
import nl.ddjgz.praeventis.hl7.v3.TS;
import nl.ddjgz.praeventis.hl7.v3.Transmission;
import nl.ddjgz.praeventis.hl7.v3.VersionCode;

/**
 * Between our records and the generated HL7v3 classes: identifiers, text, names, codes, the transmission wrapper and
 * the control act's author. Always instantiate the declared class of a property, never a restriction of it: JAXB would
 * otherwise write xsi:type with our own type name, which the register's schema does not know.
 */
final class V3 {

    static final ObjectFactory FACTORY = new ObjectFactory();

    private V3() {}

    // ------------------------------------------------------------------ identifiers

    /** Our identifier, or null when the element is absent, has a nullFlavor or no root. */
    static II id(nl.ddjgz.praeventis.hl7.v3.II id) {
        if (id == null || id.getNullFlavor() != null || id.getRoot() == null) {
            return null;
        }
        return new II(id.getRoot(), id.getExtension());
    }

    static <T extends nl.ddjgz.praeventis.hl7.v3.II> T id(T target, II id) {
        target.setRoot(id.root());
        target.setExtension(id.extension());
        return target;
    }

    /** The application id among a device's ids (root {@value Oids#APPLICATION_ID}), else its first id. */
    static II applicationId(Device device) {
        if (device == null) {
            return null;
        }
        List<nl.ddjgz.praeventis.hl7.v3.II> ids = device.getId();
        for (nl.ddjgz.praeventis.hl7.v3.II id : ids) {
            if (Oids.APPLICATION_ID.equals(id.getRoot()) && id.getNullFlavor() == null) {
                return id(id);
            }
        }
        return ids.stream().map(V3::id).filter(i -> i != null).findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ text and time

    /** The text of an ED/ST (mixed content), stripped; null when there is none. */
    static String text(ED ed) {
        if (ed == null) {
            return null;
        }
        return strings(ed.getContent());
    }

    /** The text parts of mixed content joined and stripped, or null when there is none. */
    private static String strings(java.util.List<Serializable> content) {
        StringBuilder text = new StringBuilder();
        for (Serializable part : content) {
            if (part instanceof String s) {
                text.append(s);
            }
        }
        String stripped = text.toString().strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static <T extends ED> T text(T target, String text) {
        target.getContent().add(text);
        return target;
    }

    /** The value of a TS, or null when absent or null-flavoured. */
    static String value(TS ts) {
        return ts == null || ts.getNullFlavor() != null ? null : ts.getValue();
    }

    static boolean isNull(ANY any) {
        return any == null || any.getNullFlavor() != null;
    }

    // ------------------------------------------------------------------ the transmission wrapper

    /** Fills the wrapper's head with our fixed codes (versionCode, profileId, processing codes). */
    static void head(
            Transmission message, II id, Instant creationTime, String interaction, AcceptAckCodeValue acceptAck) {
        message.setId(id(new MessageId(), id));
        CreationTime created = new CreationTime();
        created.setValue(Hl7Time.format(creationTime, Hl7Time.NETHERLANDS));
        message.setCreationTime(created);
        VersionCode version = new VersionCode();
        version.setCode(Oids.VERSION_CODE);
        message.setVersionCode(version);
        // the declared type, not the interaction's restriction of it: no xsi:type in the message
        InteractionId interactionId = new InteractionId();
        interactionId.setRoot(Oids.INTERACTION);
        interactionId.setExtension(interaction);
        message.setInteractionId(interactionId);
        ProfileId profile = new ProfileId();
        profile.setRoot(Oids.PROFILE);
        profile.setExtension(Oids.PROFILE_EXTENSION);
        message.setProfileId(profile);
        ProcessingCode processing = new ProcessingCode();
        processing.setCode("P");
        message.setProcessingCode(processing);
        ProcessingModeCode mode = new ProcessingModeCode();
        mode.setCode("T");
        message.setProcessingModeCode(mode);
        AcceptAckCode ack = new AcceptAckCode();
        ack.setCode(acceptAck.value());
        message.setAcceptAckCode(ack);
    }

    static Receiver receiver(II application) {
        Receiver receiver = new Receiver();
        receiver.setTypeCode("RCV");
        receiver.setDevice(device(application));
        return receiver;
    }

    static Sender sender(II application) {
        Sender sender = new Sender();
        sender.setTypeCode("SND");
        sender.setDevice(device(application));
        return sender;
    }

    private static Device device(II application) {
        Device device = new Device();
        device.setClassCode("DEV");
        device.setDeterminerCode("INSTANCE");
        device.getId().add(id(new nl.ddjgz.praeventis.hl7.v3.II(), application));
        return device;
    }

    static II messageId(Transmission message) {
        return id(message.getId());
    }

    // ------------------------------------------------------------------ attention line and control act

    /** The attention line that names the child: keyWordText PATID and the BSN as value xsi:type="II". */
    static AttentionLinePatientId attentionLine(String bsn) {
        KeyWordTextPatientId keyWord = new KeyWordTextPatientId();
        keyWord.setCode(Oids.PATIENT_ID_KEYWORD);
        keyWord.setCodeSystem(Oids.ATTENTION_LINE_KEYWORD);
        keyWord.getContent().add("Patient.id");
        nl.ddjgz.praeventis.hl7.v3.II value = new nl.ddjgz.praeventis.hl7.v3.II();
        value.setRoot(Oids.BSN);
        value.setExtension(bsn);
        AttentionLinePatientId line = new AttentionLinePatientId();
        line.setKeyWordText(keyWord);
        line.setValue(value);
        return line;
    }

    /**
     * The control act's author: the sending system as AssignedDevice (UZI server certificate number) with its
     * organisation (URA when known, name, city).
     */
    static AuthorOrPerformer authorOrPerformer(SendingSystem author) {
        Organization organisation = new Organization();
        organisation.setClassCode("ORG");
        organisation.setDeterminerCode("INSTANCE");
        if (author.organisation() != null) {
            organisation.getId().add(id(new nl.ddjgz.praeventis.hl7.v3.II(), author.organisation()));
        }
        ON name = new ON();
        name.getContent().add(author.organisationName());
        organisation.setName(name);
        ADWithCity address = new ADWithCity();
        address.getContent().add(FACTORY.createADWithCityCity(text(new ADXP(), author.city())));
        organisation.setAddr(address);
        AssignedDevice device = new AssignedDevice();
        device.setClassCode("ASSIGNED");
        device.getId().add(id(new nl.ddjgz.praeventis.hl7.v3.II(), author.device()));
        device.setOrganization(organisation);
        AuthorOrPerformerParticipant participant = new AuthorOrPerformerParticipant();
        participant.setAssignedDevice(device);
        AuthorOrPerformer authorOrPerformer = new AuthorOrPerformer();
        authorOrPerformer.setTypeCode(AuthorOrPerformerType.AUT);
        authorOrPerformer.setParticipant(participant);
        return authorOrPerformer;
    }

    /**
     * The sending system named by a control act's first author or performer, or null when it names none that this
     * module can use (no certificate number, organisation name or city).
     */
    static SendingSystem sendingSystem(ControlActProcess act) {
        for (AuthorOrPerformer authorOrPerformer : act.getAuthorOrPerformer()) {
            AuthorOrPerformerParticipant participant = authorOrPerformer.getParticipant();
            AssignedDevice device = participant == null ? null : participant.getAssignedDevice();
            Organization organisation = device == null ? null : device.getOrganization();
            if (organisation == null) {
                continue;
            }
            String certificate = extension(device.getId(), Oids.UZI_SERVER_CERTIFICATE);
            String ura = extension(organisation.getId(), Oids.URA);
            String name = text(organisation.getName());
            String city = city(organisation.getAddr());
            if (!isBlank(certificate) && !isBlank(name) && !isBlank(city)) {
                return new SendingSystem(certificate, ura, name, city);
            }
        }
        return null;
    }

    /** The extension of the first id with this root, or of the first id when none has it; null when none. */
    static String extension(List<? extends nl.ddjgz.praeventis.hl7.v3.II> ids, String root) {
        for (nl.ddjgz.praeventis.hl7.v3.II id : ids) {
            if (root.equals(id.getRoot()) && id.getNullFlavor() == null) {
                return id.getExtension();
            }
        }
        return null;
    }

    private static String city(ADWithCity address) {
        if (address == null) {
            return null;
        }
        for (Serializable part : address.getContent()) {
            if (part instanceof JAXBElement<?> element
                    && "city".equals(element.getName().getLocalPart())
                    && element.getValue() instanceof ADXP city) {
                return text(city);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ names

    /** The plain text of a name (its text content, not its parts), stripped; null when there is none. */
    static String text(EN name) {
        if (name == null) {
            return null;
        }
        return strings(name.getContent());
    }

    static <T extends EN> T name(T target, String text) {
        target.getContent().add(text);
        return target;
    }

    // ------------------------------------------------------------------ codes

    /** A coded value with code system (and a display name, which may be null). */
    static <T extends CD> T code(T target, String code, String codeSystem, String displayName) {
        target.setCode(code);
        target.setCodeSystem(codeSystem);
        target.setDisplayName(displayName);
        return target;
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
