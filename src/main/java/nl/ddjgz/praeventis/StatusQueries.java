package nl.ddjgz.praeventis;

import java.time.Clock;
import java.util.UUID;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.praeventis.hl7.II;
import nl.ddjgz.praeventis.hl7.InvalidMessageException;
import nl.ddjgz.praeventis.hl7.StatusAnswer;
import nl.ddjgz.praeventis.hl7.StatusAnswerReader;
import nl.ddjgz.praeventis.hl7.StatusQuery;
import nl.ddjgz.praeventis.hl7.StatusQueryWriter;
import nl.ddjgz.registry.UnsendableRegistrationException;
import org.springframework.stereotype.Service;

/**
 * Asks Praeventis for a child's vaccination status and advice (JGZ-2 "use case 5": REPC_IN002170NL, answered by
 * REPC_IN002171NL), synchronously, while the user waits. Every failure is an outcome, never an error page.
 */
@Service
public class StatusQueries {

    private final RegisterClient register;
    private final PraeventisProperties properties;
    private final OrganisationSettings organisation;
    private final Clock clock;
    private final StatusQueryWriter writer = new StatusQueryWriter();
    private final StatusAnswerReader reader;

    StatusQueries(
            RegisterClient register, PraeventisProperties properties, OrganisationSettings organisation, Clock clock) {
        this.register = register;
        this.properties = properties;
        this.organisation = organisation;
        this.clock = clock;
        this.reader = new StatusAnswerReader(clock.getZone());
    }

    /**
     * The register's view of the child.
     *
     * @param bsn the child's BSN (required: a child without BSN cannot be asked about)
     * @param person name, birth date, gender and address for RIVM's identity check
     */
    public StatusReport ask(String bsn, StatusQuery.Person person) {
        PraeventisSender from;
        try {
            from = PraeventisSender.of(organisation.organisation());
        } catch (UnsendableRegistrationException e) {
            return new StatusReport(StatusReport.Outcome.NOT_SET_UP, "", java.util.List.of());
        }
        StatusQuery query = new StatusQuery(
                new II(PraeventisAdapter.MESSAGE_ROOT, UUID.randomUUID().toString()),
                clock.instant(),
                II.application(from.applicationId()),
                II.application(properties.registerApplicationId()),
                from.system(),
                new II(PraeventisAdapter.MESSAGE_ROOT + ".1", UUID.randomUUID().toString()),
                bsn,
                person);
        RegisterClient.Exchange exchange = register.exchange(writer.write(query), StatusQuery.INTERACTION);
        if (exchange.failure() != null) {
            return new StatusReport(
                    exchange.failure() == RegisterClient.Exchange.Failure.TIMEOUT
                            ? StatusReport.Outcome.TIMEOUT
                            : StatusReport.Outcome.UNREACHABLE,
                    null,
                    java.util.List.of());
        }
        StatusAnswer answer;
        try {
            answer = reader.read(exchange.answer());
        } catch (InvalidMessageException | IllegalArgumentException e) {
            return new StatusReport(StatusReport.Outcome.REGISTER_ERROR, "onleesbaar antwoord", java.util.List.of());
        }
        String issue = answer.issue() == null ? null : answer.issue().text();
        return switch (answer.responseCode()) {
            case OK ->
                new StatusReport(
                        StatusReport.Outcome.FOUND,
                        issue,
                        answer.entries().stream().map(StatusQueries::item).toList());
            case NF -> new StatusReport(StatusReport.Outcome.NOT_FOUND, issue, java.util.List.of());
            case QE -> new StatusReport(StatusReport.Outcome.QUERY_ERROR, issue, java.util.List.of());
            case AE -> new StatusReport(StatusReport.Outcome.REGISTER_ERROR, issue, java.util.List.of());
        };
    }

    private static StatusReport.Item item(StatusAnswer.Entry e) {
        return new StatusReport.Item(
                StatusReport.Kind.valueOf(e.kind().name()),
                e.w0422Code(),
                e.vaccineName(),
                e.date(),
                e.earliestDate(),
                e.targetDate(),
                e.batchNumber(),
                e.objectionReason(),
                e.rejected(),
                e.uncoded(),
                e.performerName());
    }
}
