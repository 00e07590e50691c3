package nl.ddjgz.praeventis.hl7;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Test data ("mother"): status queries about Sanne (see {@link VaccinationMessages}) and the register's answers. Fixed
 * dates, never today's.
 */
public final class StatusMessages {

    public static final II QUERY_MESSAGE = new II(VaccinationMessages.MESSAGE_ROOT, "Q-1");

    public static final II QUERY_ID = new II("2.999.10.4", "QRY-1");

    public static final Instant ASKED = Instant.parse("2026-03-12T09:42:00Z");

    public static final Instant ANSWERED = Instant.parse("2026-03-12T09:42:12Z");

    private StatusMessages() {}

    /** Only the BSN. */
    public static StatusQuery byBsn() {
        return query(null);
    }

    /** The BSN and what the dossier knows, for the register's identity check. */
    public static StatusQuery withPerson() {
        return query(new StatusQuery.Person(
                "Sanne Maria", "van der", "Berg", LocalDate.of(2025, 12, 12), "F", 112, "A", "3511 AB"));
    }

    public static StatusQuery query(StatusQuery.Person person) {
        return new StatusQuery(
                QUERY_MESSAGE,
                ASKED,
                BatchListXml.DD_JGZ,
                BatchListXml.PRAEVENTIS,
                VaccinationMessages.DD_JGZ_SYSTEM,
                QUERY_ID,
                VaccinationMessages.BSN,
                person);
    }

    /**
     * What the register knows of Sanne at 3 months: the 2-month Rota given; DKTP-Hib-HepB given but rejected; the
     * 3-month Rota refused (medical); RSV immunisation given abroad (uncoded); Pneu planned.
     */
    public static List<StatusAnswer.Entry> sannesEntries() {
        return List.of(
                StatusAnswer.Entry.given(
                        "29", "Rota", LocalDate.of(2026, 2, 12), "ROTA00071", "GGD Regio Utrecht, JGZ"),
                StatusAnswer.Entry.given(
                                "11",
                                "DKTP-Hib-Hepatitis B",
                                LocalDate.of(2026, 2, 12),
                                "DKTPA00042AB",
                                "GGD Regio Utrecht, JGZ")
                        .rejectedByRegister(),
                StatusAnswer.Entry.objection("29", "Rota", LocalDate.of(2026, 3, 12), "1"),
                StatusAnswer.Entry.given(
                        null, "RSV-immunisatie (nirsevimab)", LocalDate.of(2025, 12, 20), null, "Kraamzorg buitenland"),
                StatusAnswer.Entry.planned("08", "Pneu", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 26)));
    }

    /** OK with Sanne's list. */
    public static StatusAnswer ok() {
        return answer(StatusAnswer.ResponseCode.OK, null, VaccinationMessages.sanne(), sannesEntries());
    }

    /** NF: the register does not know the child. */
    public static StatusAnswer notFound() {
        return answer(StatusAnswer.ResponseCode.NF, null, null, List.of());
    }

    /** QE: the request broke the register's conditions. */
    public static StatusAnswer parameterError() {
        return answer(
                StatusAnswer.ResponseCode.QE,
                new StatusAnswer.Issue("KEY204", "2.16.840.1.113883.5.4", "Geboortedatum komt niet overeen met BRP"),
                null,
                List.of());
    }

    public static StatusAnswer answer(
            StatusAnswer.ResponseCode code,
            StatusAnswer.Issue issue,
            VaccinationMessage.Patient patient,
            List<StatusAnswer.Entry> entries) {
        return new StatusAnswer(
                new II("2.16.840.1.113883.2.4.3.8.1000.2", "STATUS-1"),
                ANSWERED,
                BatchListXml.PRAEVENTIS,
                BatchListXml.DD_JGZ,
                BatchListXml.RIVM,
                QUERY_MESSAGE,
                QUERY_ID,
                code,
                issue,
                patient,
                entries);
    }
}
