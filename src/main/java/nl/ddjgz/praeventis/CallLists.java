package nl.ddjgz.praeventis;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.praeventis.hl7.Acknowledgement;
import nl.ddjgz.praeventis.hl7.AcknowledgementMessage;
import nl.ddjgz.praeventis.hl7.CallListMessage;
import nl.ddjgz.praeventis.hl7.CallListReader;
import nl.ddjgz.praeventis.hl7.II;
import nl.ddjgz.praeventis.hl7.InvalidMessageException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives the vaccination call lists (oproeplijsten, REPC_IN002160NL) Praeventis sends: checked (our schema and the
 * reader's rules), stored in one transaction with every child called, and answered with an accept acknowledgement
 * (MCCI_IN000002: CA, or CR with the reasons). A list that fails changes nothing; a re-sent list (same message id) is
 * acknowledged again and stored once. What the stored lists are for (a session's expected list) is the mass
 * vaccination's business.
 */
@Service
public class CallLists {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final CallListReader reader;
    private final PraeventisProperties properties;
    private final OrganisationSettings organisation;

    CallLists(
            JdbcClient jdbc,
            AuditTrail audit,
            Clock clock,
            PraeventisProperties properties,
            OrganisationSettings organisation) {
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        this.reader = new CallListReader(clock.getZone());
    }

    /** What was received, and the acknowledgement to answer with. */
    public record Receipt(boolean accepted, byte[] acknowledgement, UUID listId, List<String> reasons) {}

    /**
     * A stored call list.
     *
     * @param campaign the campaign's name as the register sent it, or null
     * @param vaccineTypes the W0422 codes its children are called for, in order of first appearance
     * @param plannedFrom the earliest planned day on the list, or null
     */
    public record ReceivedList(
            UUID id,
            Instant receivedAt,
            int children,
            String campaign,
            List<String> vaccineTypes,
            LocalDate plannedFrom) {}

    /** One child on a stored call list (the BSN is for matching, never for a URL or a log line). */
    public record CalledChild(
            String bsn,
            String rivmNumber,
            String givenNames,
            String namePrefix,
            String familyName,
            LocalDate birthDate,
            String gender,
            String postcode,
            Integer houseNumber,
            String houseNumberSuffix,
            List<String> vaccineTypes,
            LocalDate plannedDate,
            String street,
            String city) {}

    /**
     * Takes a received call list.
     *
     * @param xml the HL7 message (without SOAP envelope)
     */
    @Transactional
    public Receipt receive(byte[] xml) {
        Instant now = clock.instant();
        II register = II.application(properties.registerApplicationId());
        String ourId = organisation.organisation().getApplicationId();
        II ours = II.application(ourId == null ? "onbekend" : ourId);
        CallListMessage list;
        try {
            list = reader.read(xml);
        } catch (InvalidMessageException e) {
            audit.recordRefused(AuditAction.CALL_LIST_REFUSED, null, e.errors().size() + " errors");
            List<AcknowledgementMessage.Detail> details = e.errors().stream()
                    .limit(20)
                    .map(error -> AcknowledgementMessage.Detail.syntaxError(truncate(error.toString(), 500)))
                    .toList();
            II target = targetOf(xml);
            byte[] ack = Acknowledgement.reject(
                    ours.root(), UUID.randomUUID().toString(), now, target, ours, register, details);
            return new Receipt(
                    false, ack, null, e.errors().stream().map(Object::toString).toList());
        }
        II us = list.receiver() == null ? ours : list.receiver();
        String messageId = list.messageId().root() + "^" + list.messageId().extension();
        UUID id = jdbc.sql("select id from call_list where message_id = :m")
                .param("m", messageId)
                .query(UUID.class)
                .optional()
                .orElse(null);
        if (id == null) {
            id = store(list, messageId, now);
            audit.record(AuditAction.CALL_LIST_RECEIVED, null, list.children().size() + " children");
        }
        byte[] ack = Acknowledgement.accept(
                us.root(),
                UUID.randomUUID().toString(),
                now,
                list.messageId(),
                us,
                list.sender() == null ? register : list.sender());
        return new Receipt(true, ack, id, List.of());
    }

    private UUID store(CallListMessage list, String messageId, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into call_list (id, message_id, received_at, sender, children, campaign)"
                        + " values (:id, :m, :at, :s, :n, :c)")
                .param("id", id)
                .param("m", messageId)
                .param("at", Timestamp.from(now))
                .param("s", list.sender() == null ? null : list.sender().extension())
                .param("n", list.children().size())
                .param("c", list.campaign())
                .update();
        int position = 0;
        for (CallListMessage.Child c : list.children()) {
            position++;
            jdbc.sql("""
                    insert into call_list_child (call_list_id, position, bsn, rivm_number, given_names, name_prefix,
                        family_name, birth_date, gender, postcode, house_number, house_number_suffix, city,
                        vaccine_types, planned_date, street)
                    values (:list, :pos, :bsn, :rivm, :given, :prefix, :family, :born, :gender, :postcode, :number,
                        :suffix, :city, :types, :planned, :street)
                    """)
                    .param("list", id)
                    .param("pos", position)
                    .param("bsn", c.bsn())
                    .param("rivm", truncate(c.rivmNumber(), 40))
                    .param("given", truncate(c.givenNames(), 200))
                    .param("prefix", truncate(c.namePrefix(), 40))
                    .param("family", truncate(c.familyName(), 200))
                    .param("born", c.birthDate())
                    .param("gender", truncate(c.gender(), 3))
                    .param("postcode", truncate(c.postcode(), 7))
                    .param("number", c.houseNumber())
                    .param("suffix", truncate(c.houseNumberSuffix(), 20))
                    .param("city", truncate(c.city(), 80))
                    .param("street", truncate(c.street(), 100))
                    .param(
                            "types",
                            truncate(
                                    c.vaccinations().stream()
                                            .map(v -> v.w0422Code() == null ? "?" : v.w0422Code())
                                            .collect(Collectors.joining(",")),
                                    200))
                    .param(
                            "planned",
                            c.vaccinations().stream()
                                    .map(CallListMessage.CalledFor::plannedDate)
                                    .filter(Objects::nonNull)
                                    .min(Comparator.naturalOrder())
                                    .orElse(null))
                    .update();
        }
        return id;
    }

    /** The call lists received, newest first, each with its campaign, vaccine types and earliest planned day. */
    @Transactional(readOnly = true)
    public List<ReceivedList> lists() {
        return jdbc.sql("""
                        select l.id, l.received_at, l.children, l.campaign,
                            (select string_agg(c.vaccine_types, ',' order by c.position) from call_list_child c
                             where c.call_list_id = l.id),
                            (select min(c.planned_date) from call_list_child c where c.call_list_id = l.id)
                        from call_list l order by l.received_at desc
                        """)
                .query((rs, i) -> new ReceivedList(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5) == null
                                ? List.of()
                                : java.util.Arrays.stream(rs.getString(5).split(","))
                                        .distinct()
                                        .toList(),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** One stored call list. */
    @Transactional(readOnly = true)
    public java.util.Optional<ReceivedList> list(UUID id) {
        return lists().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The children on one call list, in the order the register sent them. */
    @Transactional(readOnly = true)
    public List<CalledChild> children(UUID listId) {
        return jdbc.sql("""
                        select bsn, rivm_number, given_names, name_prefix, family_name, birth_date, gender, postcode,
                            house_number, house_number_suffix, vaccine_types, planned_date, street, city
                        from call_list_child where call_list_id = :id order by position
                        """)
                .param("id", listId)
                .query((rs, i) -> new CalledChild(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7),
                        rs.getString(8),
                        (Integer) rs.getObject(9),
                        rs.getString(10),
                        List.of(rs.getString(11).split(",")),
                        rs.getObject(12, LocalDate.class),
                        rs.getString(13),
                        rs.getString(14)))
                .list();
    }

    /** The id of a message that failed, if it can be read at all (the acknowledgement must name it). */
    private static II targetOf(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "<(?:\\w+:)?id\\s+root=\"([0-9.]+)\"\\s+extension=\"([^\"]{1,200})\"")
                .matcher(text);
        return m.find() ? new II(m.group(1), m.group(2)) : new II("2.16.840.1.113883.2.4.6.6", "onbekend");
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
