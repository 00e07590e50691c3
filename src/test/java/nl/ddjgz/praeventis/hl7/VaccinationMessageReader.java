package nl.ddjgz.praeventis.hl7;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.ddjgz.praeventis.hl7.v3.AdministrableMedicine;
import nl.ddjgz.praeventis.hl7.v3.CareProvisionEvent;
import nl.ddjgz.praeventis.hl7.v3.ControlActProcess;
import nl.ddjgz.praeventis.hl7.v3.EncounterEvent;
import nl.ddjgz.praeventis.hl7.v3.EncounterEventComponent;
import nl.ddjgz.praeventis.hl7.v3.JgzOrganizationRole;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002140NLMessage;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002145NLMessage;
import nl.ddjgz.praeventis.hl7.v3.Receiver;
import nl.ddjgz.praeventis.hl7.v3.Sender;
import nl.ddjgz.praeventis.hl7.v3.SubstanceAdministrationEvent;
import nl.ddjgz.praeventis.hl7.v3.Transmission;
import nl.ddjgz.praeventis.hl7.v3.VaccinatingOrganization;

/**
 * Reads a registration message as the register receives it, REPC_IN002140NL or REPC_IN002145NL (for the Praeventis
 * simulator, which stores what it received by message id and BSN): first our schema, then the message rules
 * ({@link MessageRules}, the same as when writing: BSN equal to the attention line and passing the elfproef, batch
 * numbers, no objection when anonymised, real dates); only a message that passes both is mapped. Thread-safe.
 *
 * <p>Of an anonymised message the dossier number and the patient are null. The location is the vaccinating
 * organisation's part of the first item.
 */
public final class VaccinationMessageReader {

    private static final List<String> INTERACTIONS =
            List.of(VaccinationMessage.WITH_BSN, VaccinationMessage.ANONYMISED);

    private final ZoneId zone;

    public VaccinationMessageReader() {
        this(Hl7Time.NETHERLANDS);
    }

    /** @param zone where times without offset are local time (default Europe/Amsterdam) */
    public VaccinationMessageReader(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
    }

    /**
     * @throws InvalidMessageException when the bytes are not XML, not one of the two interactions, do not validate
     *     against our schema or break a message rule
     */
    public VaccinationMessage read(byte[] xml) {
        Object message = Jaxb.read(xml, INTERACTIONS);
        if (message instanceof REPCIN002140NLMessage withBsn) {
            refuseBroken(VaccinationMessage.WITH_BSN, MessageRules.check(withBsn));
            CareProvisionEvent event =
                    withBsn.getControlActProcess().getSubject().getCareProvisionEvent();
            return map(
                    withBsn, withBsn.getReceiver(), withBsn.getSender(), withBsn.getControlActProcess(), event, false);
        }
        REPCIN002145NLMessage anonymised = (REPCIN002145NLMessage) message;
        refuseBroken(VaccinationMessage.ANONYMISED, MessageRules.check(anonymised));
        CareProvisionEvent event =
                anonymised.getControlActProcess().getSubject().getCareProvisionEvent();
        return map(
                anonymised,
                anonymised.getReceiver(),
                anonymised.getSender(),
                anonymised.getControlActProcess(),
                event,
                true);
    }

    private static void refuseBroken(String interaction, List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidMessageException(interaction, List.of(), violations);
        }
    }

    private VaccinationMessage map(
            Transmission head,
            List<Receiver> receivers,
            Sender sender,
            ControlActProcess act,
            CareProvisionEvent event,
            boolean anonymised) {
        EncounterEvent encounter = event.getComponent().getEncounterEvent();
        List<VaccinationMessage.Item> items = new ArrayList<>();
        String locationName = null;
        for (EncounterEventComponent component : encounter.getComponent()) {
            SubstanceAdministrationEvent vaccination = component.getSubstanceAdministrationEvent();
            items.add(item(vaccination));
            if (items.size() == 1) {
                locationName = locationName(vaccination);
            }
        }
        return new VaccinationMessage(
                V3.messageId(head),
                creationTime(head),
                V3.applicationId(sender.getDevice()),
                receivers.isEmpty() ? null : V3.applicationId(receivers.get(0).getDevice()),
                anonymised,
                V3.sendingSystem(act),
                anonymised ? null : event.getId().getExtension(),
                anonymised ? null : JgzPayload.patient(event.getSubject().getPatient()),
                organisation(event.getPerformer().getAssignedEntity()),
                new VaccinationMessage.Encounter(
                        V3.id(encounter.getId()),
                        encounter.getCode().getCode(),
                        JgzPayload.day(encounter.getEffectiveTime().getValue()),
                        locationName),
                items);
    }

    private Instant creationTime(Transmission message) {
        String value = message.getCreationTime().getValue();
        try {
            return Hl7Time.instant(value, zone);
        } catch (DateTimeException e) {
            throw new InvalidMessageException(
                    message.getInteractionId().getExtension(),
                    List.of(ValidationError.of("creationTime: '" + value + "' is not a valid point in time.")));
        }
    }

    private static VaccinationMessage.Item item(SubstanceAdministrationEvent vaccination) {
        AdministrableMedicine medicine = JgzPayload.medicine(vaccination.getConsumable());
        return new VaccinationMessage.Item(
                JgzPayload.w0422Code(medicine.getCode()),
                JgzPayload.vaccineName(medicine.getCode()),
                JgzPayload.day(vaccination.getEffectiveTime().getValue()),
                V3.text(medicine.getLotNumberText()),
                JgzPayload.objectionReason(vaccination.getAuthorization()));
    }

    private static String locationName(SubstanceAdministrationEvent vaccination) {
        VaccinatingOrganization organisation =
                vaccination.getPerformer().getAssignedEntity().getRepresentedOrganization();
        return organisation.getOrganizationContains() == null
                ? null
                : V3.text(organisation
                        .getOrganizationContains()
                        .getPartOrganization()
                        .getName());
    }

    private static VaccinationMessage.Organisation organisation(JgzOrganizationRole role) {
        II id = role.getId().stream()
                .map(V3::id)
                .filter(i -> i != null)
                .findFirst()
                .orElse(null);
        return new VaccinationMessage.Organisation(
                id, V3.text(role.getAssignedOrganization().getName()));
    }
}
