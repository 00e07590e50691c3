package nl.ddjgz.praeventis.hl7;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002170NLMessage;
import nl.ddjgz.praeventis.hl7.v3.VaccinationStatusQuery;

/**
 * Reads the status query REPC_IN002170NL as the register receives it (for the Praeventis simulator): our schema first,
 * then the message rules (the attention line's BSN is patientId's and passes the elfproef, a real birth date, postcode
 * "1234 AB"); only a query that passes both is mapped. Thread-safe.
 */
public final class StatusQueryReader {

    private final ZoneId zone;

    public StatusQueryReader() {
        this(Hl7Time.NETHERLANDS);
    }

    /** @param zone where times without offset are local time (default Europe/Amsterdam) */
    public StatusQueryReader(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
    }

    /**
     * @throws InvalidMessageException when the bytes are not XML, not a REPC_IN002170NL, do not validate against our
     *     schema or break a message rule
     */
    public StatusQuery read(byte[] xml) {
        REPCIN002170NLMessage message = Jaxb.read(xml, StatusQuery.INTERACTION, REPCIN002170NLMessage.class);
        List<RuleViolation> violations = MessageRules.check(message);
        if (!violations.isEmpty()) {
            throw new InvalidMessageException(StatusQuery.INTERACTION, List.of(), violations);
        }
        VaccinationStatusQuery parameters = message.getControlActProcess().getQueryByParameter();
        return new StatusQuery(
                V3.messageId(message),
                creationTime(message.getCreationTime().getValue()),
                V3.applicationId(message.getSender().getDevice()),
                message.getReceiver().isEmpty()
                        ? null
                        : V3.applicationId(message.getReceiver().get(0).getDevice()),
                V3.sendingSystem(message.getControlActProcess()),
                V3.id(parameters.getQueryId()),
                parameters.getPatientId().getValue().getExtension(),
                person(parameters));
    }

    private Instant creationTime(String value) {
        try {
            return Hl7Time.instant(value, zone);
        } catch (DateTimeException e) {
            throw new InvalidMessageException(
                    StatusQuery.INTERACTION,
                    List.of(ValidationError.of("creationTime: '" + value + "' is not a valid point in time.")));
        }
    }

    private static StatusQuery.Person person(VaccinationStatusQuery parameters) {
        JgzPayload.Address address = parameters.getPersonAddr() == null
                ? JgzPayload.Address.NONE
                : JgzPayload.address(parameters.getPersonAddr().getValue());
        JgzPayload.Name name = parameters.getPersonName() == null
                ? JgzPayload.Name.NONE
                : JgzPayload.name(List.of(parameters.getPersonName().getValue()));
        String gender = parameters.getPersonAdministrativeGender() == null
                ? null
                : JgzPayload.gender(parameters.getPersonAdministrativeGender().getValue());
        LocalDate birthDate = parameters.getPersonBirthTime() == null
                ? null
                : JgzPayload.day(parameters.getPersonBirthTime().getValue().getValue());
        StatusQuery.Person person = new StatusQuery.Person(
                name.given(),
                name.prefix(),
                name.family(),
                birthDate,
                gender,
                address.houseNumber(),
                address.suffix(),
                address.postcode());
        return person.hasName() || person.hasAddress() || birthDate != null || gender != null ? person : null;
    }
}
