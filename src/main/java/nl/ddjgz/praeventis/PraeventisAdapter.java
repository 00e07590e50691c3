package nl.ddjgz.praeventis;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import nl.ddjgz.praeventis.hl7.II;
import nl.ddjgz.praeventis.hl7.InvalidMessageException;
import nl.ddjgz.praeventis.hl7.SendingSystem;
import nl.ddjgz.praeventis.hl7.VaccinationMessage;
import nl.ddjgz.praeventis.hl7.VaccinationMessageWriter;
import nl.ddjgz.registry.Delivery;
import nl.ddjgz.registry.InvalidRegistrationException;
import nl.ddjgz.registry.MessageKind;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.Registry;
import nl.ddjgz.registry.RegistryAdapter;
import org.springframework.stereotype.Component;

/**
 * The Praeventis adapter of the registry port. Makes the HL7 message of an approved registration (REPC_IN002140NL with BSN, or REPC_IN002145NL anonymised), checked
 * against our schema and the message rules at approval: a message that fails never enters the queue, and the
 * approval is refused with the reasons.
 */
@Component
class PraeventisAdapter implements RegistryAdapter {

    /** Our OID arc for contact moments (the encounter's id root). */
    static final String CONTACT_MOMENT_ROOT = "2.16.840.1.113883.2.4.3.8.1000.2";

    /** Our OID arc for message ids. */
    static final String MESSAGE_ROOT = "2.16.840.1.113883.2.4.3.8.1000.3";

    /** Our OID arc for dossier numbers. */
    static final String DOSSIER_ROOT = "2.16.840.1.113883.2.4.3.8.1000.1";

    /** Until the administrator enters the UZI server certificate number (organisation page). */
    private static final String UNKNOWN_CERTIFICATE = "00000000";

    private static final String URA_ROOT = "2.16.528.1.1007.3.3";
    private static final String AGB_ROOT = "2.16.840.1.113883.2.4.6.1";

    private final PraeventisProperties properties;
    private final RegisterClient register;
    private final VaccinationMessageWriter writer = new VaccinationMessageWriter(DOSSIER_ROOT);

    PraeventisAdapter(PraeventisProperties properties, RegisterClient register) {
        this.properties = properties;
        this.register = register;
    }

    @Override
    public Registry registry() {
        return Registry.PRAEVENTIS;
    }

    /**
     * @return the message as XML text
     * @throws InvalidRegistrationException when it does not pass the schema or the rules
     */
    @Override
    public String compose(OutgoingRegistration registration, String messageId, Instant at) {
        try {
            return new String(writer.write(message(registration, messageId, at)), StandardCharsets.UTF_8);
        } catch (InvalidMessageException e) {
            throw new InvalidRegistrationException(
                    e.errors().stream().map(Object::toString).limit(10).toList());
        }
    }

    /** One message per request: SOAP to the register, answered with an acknowledgement at once. */
    @Override
    public List<Delivery> send(List<Pending> messages) {
        return messages.stream()
                .map(m -> register.send(
                        m.payload().getBytes(StandardCharsets.UTF_8), m.kind().interaction()))
                .toList();
    }

    VaccinationMessage message(OutgoingRegistration r, String messageId, Instant at) {
        boolean anonymised = r.kind() == MessageKind.ANONYMISED;
        OutgoingRegistration.Organisation org = r.organisation();
        II orgId = org.ura() != null
                ? new II(URA_ROOT, org.ura())
                : new II(AGB_ROOT, org.agb() == null ? "00000000" : org.agb());
        OutgoingRegistration.Child c = r.child();
        return new VaccinationMessage(
                new II(MESSAGE_ROOT, messageId),
                at,
                II.application(properties.applicationId()),
                II.application(properties.registerApplicationId()),
                anonymised,
                new SendingSystem(
                        org.serverCertificate() == null ? UNKNOWN_CERTIFICATE : org.serverCertificate(),
                        org.ura() == null ? "00000000" : org.ura(),
                        org.name(),
                        org.city()),
                anonymised ? null : String.valueOf(r.dossierNumber()),
                anonymised
                        ? null
                        : new VaccinationMessage.Patient(
                                c.bsn(),
                                c.givenNames(),
                                c.namePrefix(),
                                c.familyName(),
                                c.birthDate(),
                                c.gender(),
                                c.street(),
                                c.houseNumber(),
                                c.houseNumberSuffix(),
                                c.postcode(),
                                c.city(),
                                c.dktpScheduleCode()),
                new VaccinationMessage.Organisation(orgId, org.name()),
                new VaccinationMessage.Encounter(
                        new II(CONTACT_MOMENT_ROOT, r.contactMomentId().toString()),
                        r.contactMoment().activityCode(),
                        r.contactMoment().date(),
                        r.contactMoment().locationName()),
                r.items().stream()
                        .map(i -> new VaccinationMessage.Item(
                                i.w0422Code(), i.vaccineName(), i.date(), i.batchNumber(), i.objectionReason()))
                        .toList());
    }
}
