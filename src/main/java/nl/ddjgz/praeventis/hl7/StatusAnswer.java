package nl.ddjgz.praeventis.hl7;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The register's answer to a {@link StatusQuery}, REPC_IN002171NL (praeventis-messages.md §4): read by {@link
 * StatusAnswerReader}, written by the development run's register simulator (test classpath).
 *
 * @param messageId the answer's own id
 * @param creationTime when the register made it
 * @param sender application id of the register
 * @param receiver application id of our system
 * @param author the register's sending system (control act author); null when it names none this module can use
 * @param queryMessageId the id of the query message answered ({@code acknowledgement/targetMessage/id})
 * @param queryId the query's id as echoed in {@code queryAck/queryId}; may be null
 * @param responseCode OK (data), NF (nothing found), QE (query parameter error), AE (application error)
 * @param issue why no list came back ({@code reasonOf/justifiedDetectedIssue}, else the first acknowledgement
 *     detail); null when the register gives none
 * @param patient the child as the register knows it (the list's subject); null without a list
 * @param entries given, refused and planned vaccinations, in the register's order (of all lists, when it sends more
 *     than one); empty without a list
 */
public record StatusAnswer(
        II messageId,
        Instant creationTime,
        II sender,
        II receiver,
        SendingSystem author,
        II queryMessageId,
        II queryId,
        ResponseCode responseCode,
        Issue issue,
        VaccinationMessage.Patient patient,
        List<Entry> entries) {

    public static final String INTERACTION = "REPC_IN002171NL";

    public StatusAnswer {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** queryAck/queryResponseCode. */
    public enum ResponseCode {
        /** Data: a list of what the register knows of the child. */
        OK,
        /** Nothing found: the register does not know the child. */
        NF,
        /** Query parameter error: the request broke the register's conditions (see the issue). */
        QE,
        /** Application error at the register. */
        AE;

        /** Whether the register accepted the query as such (AA); QE and AE are application errors (AE). */
        public boolean accepted() {
            return this == OK || this == NF;
        }
    }

    /**
     * Why the register did not answer with data.
     *
     * @param code the issue's code (ActCode or the register's own), null when uncoded
     * @param codeSystem the code's system, may be null
     * @param text the register's text, to be shown to a person; may be null
     */
    public record Issue(String code, String codeSystem, String text) {}

    /** What an entry says. */
    public enum Kind {
        /** Given and accepted (moodCode EVN); foreign vaccinations too. */
        GIVEN,
        /** An objection (negationInd true, W0323 reason 1 or 2). */
        OBJECTION,
        /** Planned (moodCode RMD): earliest and target date, no performer. */
        PLANNED
    }

    /**
     * One vaccination as the register sees it (template .123).
     *
     * <p>The message has no marker for a foreign vaccination: what shows it is an uncoded vaccine type ({@link
     * #w0422Code()} null, the register's text in {@link #vaccineName()}) and who gave it ({@link #performerName()}).
     *
     * @param kind given, objection or planned
     * @param w0422Code the W0422 vaccine type, or null when the register sent it uncoded (OTH + originalText)
     * @param vaccineName the type's displayName, or the originalText of an uncoded type; may be null
     * @param date the day of a given vaccination or of an objection; null for a planned one
     * @param earliestDate a planned vaccination's earliest date (LOINC 30981-5); null otherwise
     * @param targetDate a planned vaccination's target date (LOINC 30980-7); null otherwise
     * @param batchNumber the batch number, when the register sends it
     * @param objectionReason W0323 "1" medical or "2" principled for an objection; null otherwise
     * @param rejected true when the register rejected the vaccination ("afgekeurd door RIVM", element 1589); such a
     *     vaccination does not count and the UI must say so
     * @param performerName the name of the organisation that vaccinated (template .125), when sent
     */
    public record Entry(
            Kind kind,
            String w0422Code,
            String vaccineName,
            LocalDate date,
            LocalDate earliestDate,
            LocalDate targetDate,
            String batchNumber,
            String objectionReason,
            boolean rejected,
            String performerName) {

        /** A given vaccination. */
        public static Entry given(
                String w0422Code, String vaccineName, LocalDate date, String batchNumber, String performerName) {
            return new Entry(
                    Kind.GIVEN, w0422Code, vaccineName, date, null, null, batchNumber, null, false, performerName);
        }

        /** An objection against a vaccine type. */
        public static Entry objection(String w0422Code, String vaccineName, LocalDate date, String reason) {
            return new Entry(Kind.OBJECTION, w0422Code, vaccineName, date, null, null, null, reason, false, null);
        }

        /** A planned vaccination with its earliest and target date. */
        public static Entry planned(String w0422Code, String vaccineName, LocalDate earliest, LocalDate target) {
            return new Entry(Kind.PLANNED, w0422Code, vaccineName, null, earliest, target, null, null, false, null);
        }

        /** The same entry, rejected by the register (element 1589). */
        public Entry rejectedByRegister() {
            return new Entry(
                    kind,
                    w0422Code,
                    vaccineName,
                    date,
                    earliestDate,
                    targetDate,
                    batchNumber,
                    objectionReason,
                    true,
                    performerName);
        }

        /** Whether the vaccine type came without W0422 code (foreign vaccines, RSV immunisation). */
        public boolean uncoded() {
            return w0422Code == null;
        }
    }
}
