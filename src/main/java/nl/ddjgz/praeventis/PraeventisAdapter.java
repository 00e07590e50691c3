package nl.ddjgz.praeventis;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.praeventis.hl7.II;
import nl.ddjgz.praeventis.hl7.InvalidMessageException;
import nl.ddjgz.praeventis.hl7.VaccinationMessage;
import nl.ddjgz.praeventis.hl7.VaccinationMessageWriter;
import nl.ddjgz.registry.Delivery;
import nl.ddjgz.registry.Disclosure;
import nl.ddjgz.registry.InvalidRegistrationException;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.RegisterProfile;
import nl.ddjgz.registry.RegistryAdapter;
import nl.ddjgz.registry.UnsendableRegistrationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The Praeventis adapter of the registry port. Makes the HL7 message of an approved registration (REPC_IN002140NL with BSN, or REPC_IN002145NL anonymised), checked
 * against our schema and the message rules at approval: a message that fails never enters the queue, and the
 * approval is refused with the reasons.
 */
@Component
class PraeventisAdapter implements RegistryAdapter {

    /** Our OID arc for message ids. */
    static final String MESSAGE_ROOT = "2.16.840.1.113883.2.4.3.8.1000.3";

    private final PraeventisProperties properties;
    private final RegisterClient register;
    private final Supplier<PraeventisSender> sender;
    private final MessageCheckWarmUp warmUp;

    @Autowired
    PraeventisAdapter(
            PraeventisProperties properties,
            RegisterClient register,
            OrganisationSettings organisation,
            MessageCheckWarmUp warmUp) {
        // read in the approval's transaction: one read of the organisation however many messages it queues
        this(properties, register, () -> PraeventisSender.of(organisation.organisation()), warmUp);
    }

    PraeventisAdapter(PraeventisProperties properties, RegisterClient register, Supplier<PraeventisSender> sender) {
        this(properties, register, sender, MessageCheckWarmUp.off());
    }

    /** @param warmUp told of every real message composed and sent, so that it yields to them */
    PraeventisAdapter(
            PraeventisProperties properties,
            RegisterClient register,
            Supplier<PraeventisSender> sender,
            MessageCheckWarmUp warmUp) {
        this.properties = properties;
        this.register = register;
        this.sender = sender;
        this.warmUp = warmUp;
    }

    @Override
    public RegisterProfile profile() {
        return PraeventisRegister.PROFILE;
    }

    /**
     * @return the message as XML text
     * @throws InvalidRegistrationException when it does not pass the schema or the rules
     * @throws UnsendableRegistrationException when the organisation's settings lack what every message needs
     */
    @Override
    public String compose(OutgoingRegistration registration, String messageId, Instant at) {
        return compose(registration, sender.get(), messageId, at);
    }

    /** Reads the organisation once; the messages are then composed and checked on any thread. */
    @Override
    public Composer composer() {
        PraeventisSender from = sender.get();
        return Composer.concurrent((registration, messageId, at) -> compose(registration, from, messageId, at));
    }

    private String compose(OutgoingRegistration registration, PraeventisSender from, String messageId, Instant at) {
        try {
            return new String(
                    new VaccinationMessageWriter(from.dossierOid()).write(message(registration, from, messageId, at)),
                    StandardCharsets.UTF_8);
        } catch (InvalidMessageException e) {
            throw new InvalidRegistrationException(
                    e.errors().stream().map(Object::toString).limit(10).toList());
        } finally {
            // the check ran (passed or not): the warm-up yields to real messages
            warmUp.messageChecked();
        }
    }

    /** The message leaves as it was built and checked at approval: the registration is not read again. */
    @Override
    public boolean sendsRegistration() {
        return false;
    }

    /** One message per request: SOAP to the register, answered with an acknowledgement at once. */
    @Override
    public List<Delivery> send(List<Pending> messages) {
        warmUp.messagesSent();
        return messages.stream()
                .map(m -> register.send(m.payload().getBytes(StandardCharsets.UTF_8), interaction(m.disclosure())))
                .toList();
    }

    /**
     * The HL7 interaction that carries a registration (rules.md §3): REPC_IN002140NL with the child's BSN and personal
     * data, REPC_IN002145NL anonymised (the parents' consent was not in force).
     */
    static String interaction(Disclosure disclosure) {
        return disclosure == Disclosure.ANONYMISED ? VaccinationMessage.ANONYMISED : VaccinationMessage.WITH_BSN;
    }

    VaccinationMessage message(OutgoingRegistration r, PraeventisSender from, String messageId, Instant at) {
        boolean anonymised = r.disclosure() == Disclosure.ANONYMISED;
        OutgoingRegistration.Child c = r.child();
        return new VaccinationMessage(
                new II(MESSAGE_ROOT, messageId),
                at,
                II.application(from.applicationId()),
                II.application(properties.registerApplicationId()),
                anonymised,
                from.system(),
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
                new VaccinationMessage.Organisation(from.organisationId(), from.organisationName()),
                new VaccinationMessage.Encounter(
                        new II(from.contactMomentOid(), r.contactMomentId().toString()),
                        r.contactMoment().activityCode(),
                        r.contactMoment().date(),
                        r.contactMoment().locationName()),
                r.items().stream()
                        .map(i -> new VaccinationMessage.Item(
                                i.w0422Code(), i.vaccineName(), i.date(), i.batchNumber(), i.objectionReason()))
                        .toList());
    }
}
