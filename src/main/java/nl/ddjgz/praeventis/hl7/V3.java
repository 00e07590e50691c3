package nl.ddjgz.praeventis.hl7;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.ddjgz.praeventis.hl7.v3.ANY;
import nl.ddjgz.praeventis.hl7.v3.AcceptAckCode;
import nl.ddjgz.praeventis.hl7.v3.AcceptAckCodeValue;
import nl.ddjgz.praeventis.hl7.v3.CreationTime;
import nl.ddjgz.praeventis.hl7.v3.Device;
import nl.ddjgz.praeventis.hl7.v3.ED;
import nl.ddjgz.praeventis.hl7.v3.InteractionId;
import nl.ddjgz.praeventis.hl7.v3.MessageId;
import nl.ddjgz.praeventis.hl7.v3.ProcessingCode;
import nl.ddjgz.praeventis.hl7.v3.ProcessingModeCode;
import nl.ddjgz.praeventis.hl7.v3.ProfileId;
import nl.ddjgz.praeventis.hl7.v3.Receiver;
import nl.ddjgz.praeventis.hl7.v3.Sender;
import nl.ddjgz.praeventis.hl7.v3.TS;
import nl.ddjgz.praeventis.hl7.v3.Transmission;
import nl.ddjgz.praeventis.hl7.v3.VersionCode;

/** Between our records and the generated HL7v3 classes: identifiers, text, time and the transmission wrapper. */
final class V3 {

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
        StringBuilder text = new StringBuilder();
        for (Serializable part : ed.getContent()) {
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
}
