package nl.ddjgz.praeventis;

import java.time.LocalDate;
import java.util.List;

/**
 * What Praeventis says about a child (the answer to the status query, REPC_IN002171NL), or why it said nothing.
 *
 * @param issue the register's reason when it gave no list (QE, AE, NF), to show to the user
 */
public record StatusReport(Outcome outcome, String issue, List<Item> items) {

    public enum Outcome {
        /** The register answered with the child's vaccinations. */
        FOUND,
        /** NF: the register does not know the child. */
        NOT_FOUND,
        /** QE: the question was wrong (e.g. BSN and birth date do not match). */
        QUERY_ERROR,
        /** AE: the register could not answer. */
        REGISTER_ERROR,
        /** No answer in time. */
        TIMEOUT,
        /** The register could not be reached. */
        UNREACHABLE,
        /** Not asked: the organisation's settings lack what a message to Praeventis needs. */
        NOT_SET_UP
    }

    public enum Kind {
        GIVEN,
        OBJECTION,
        PLANNED
    }

    /**
     * One line of the register's answer.
     *
     * @param vaccineName the type's name, or the register's text for an uncoded (e.g. foreign) vaccination
     * @param foreign an uncoded type: typically a vaccination given abroad
     * @param rejected "afgekeurd door RIVM": the register does not count it
     */
    public record Item(
            Kind kind,
            String w0422Code,
            String vaccineName,
            LocalDate date,
            LocalDate earliestDate,
            LocalDate targetDate,
            String batchNumber,
            String objectionReason,
            boolean rejected,
            boolean foreign,
            String performerName) {}
}
