package nl.ddjgz.simulator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.praeventis.hl7.II;
import nl.ddjgz.praeventis.hl7.SendingSystem;
import nl.ddjgz.praeventis.hl7.StatusAnswer;
import nl.ddjgz.praeventis.hl7.StatusAnswerWriter;
import nl.ddjgz.praeventis.hl7.VaccinationMessage;
import nl.ddjgz.schedule.ChildFacts;
import nl.ddjgz.schedule.DktpSchedule;
import nl.ddjgz.schedule.DueStatus;
import nl.ddjgz.schedule.DueVaccination;
import nl.ddjgz.schedule.GivenVaccination;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.schedule.VaccineType;
import nl.ddjgz.simulator.praeventis.ReceivedStatusQuery;
import nl.ddjgz.simulator.praeventis.ReceivedVaccinationMessage;

/**
 * The simulated register's answer to a status query: what it received for the child (vaccinations and objections)
 * plus its planning from the RVP schedule (earliest date = due date, target date = the end of the grace period).
 * A child it never heard of and whose birth date the query does not give: NF. A child set to fail: AE. The query and
 * the registrations are read with the register's own reading ({@link ReceivedStatusQuery},
 * {@link ReceivedVaccinationMessage}); the answer is written with the module's test writer.
 */
public final class StatusAnswers {

    private static final II REGISTER = II.application("PRAEVENTIS");
    private static final SendingSystem RIVM =
            new SendingSystem("900000001", "00000001", "RIVM Praeventis (simulator)", "Bilthoven");

    private final SimulatedRegister register;
    private final Faults faults;
    private final VaccinationSchedule schedule;
    private final Clock clock;
    private final StatusAnswerWriter writer = new StatusAnswerWriter();

    StatusAnswers(SimulatedRegister register, Faults faults, VaccinationSchedule schedule, Clock clock) {
        this.register = register;
        this.faults = faults;
        this.schedule = schedule;
        this.clock = clock;
    }

    byte[] answer(ReceivedStatusQuery query) {
        List<ReceivedVaccinationMessage> known = register.registrationsFor(query.bsn()).stream()
                .map(r -> ReceivedVaccinationMessage.read(r.message(), clock.getZone()))
                .toList();
        if (faults.refuses(query.bsn())) {
            return write(
                    query,
                    StatusAnswer.ResponseCode.AE,
                    new StatusAnswer.Issue("AE", SimulatedAnswers.CODE_SYSTEM, "Storing bij RIVM"),
                    null,
                    List.of());
        }
        ReceivedVaccinationMessage.Child patient = known.stream()
                .map(ReceivedVaccinationMessage::child)
                .filter(p -> p != null)
                .findFirst()
                .orElse(null);
        LocalDate birthDate = patient != null
                ? patient.birthDate()
                : query.person() == null ? null : query.person().birthDate();
        if (birthDate == null) {
            return write(
                    query,
                    StatusAnswer.ResponseCode.NF,
                    new StatusAnswer.Issue("NF", SimulatedAnswers.CODE_SYSTEM, "Kind niet gevonden"),
                    null,
                    List.of());
        }
        if (patient != null
                && query.person() != null
                && query.person().birthDate() != null
                && !query.person().birthDate().equals(patient.birthDate())) {
            return write(
                    query,
                    StatusAnswer.ResponseCode.QE,
                    new StatusAnswer.Issue(
                            "QE", SimulatedAnswers.CODE_SYSTEM, "BSN en geboortedatum horen niet bij elkaar"),
                    null,
                    List.of());
        }
        List<StatusAnswer.Entry> entries = new ArrayList<>();
        List<GivenVaccination> given = new ArrayList<>();
        for (ReceivedVaccinationMessage m : known) {
            for (ReceivedVaccinationMessage.Item item : m.items()) {
                if (item.isObjection()) {
                    entries.add(StatusAnswer.Entry.objection(
                            item.w0422Code(), item.vaccineName(), item.date(), item.objectionReason()));
                } else {
                    entries.add(StatusAnswer.Entry.given(
                            item.w0422Code(),
                            item.vaccineName(),
                            item.date(),
                            item.batchNumber(),
                            m.responsibleOrganisation() == null
                                    ? null
                                    : m.responsibleOrganisation().name()));
                    if (item.w0422Code() != null) {
                        given.add(new GivenVaccination(item.w0422Code(), item.date()));
                    }
                }
            }
        }
        DktpSchedule dktp = patient == null || patient.dktpScheduleCode() == null
                ? null
                : DktpSchedule.ofCode(patient.dktpScheduleCode()).orElse(null);
        LocalDate today = LocalDate.now(clock);
        for (DueVaccination due : schedule.statusOn(new ChildFacts(birthDate, dktp, false), today, given)) {
            if (due.status() == DueStatus.GIVEN) {
                continue;
            }
            VaccineType type = schedule.vaccineType(due.vaccineTypeCode()).orElse(null);
            entries.add(StatusAnswer.Entry.planned(
                    type == null ? null : type.getW0422Code(),
                    due.vaccineTypeName(),
                    due.dueFrom(),
                    due.overdueFrom().minusDays(1)));
        }
        return write(query, StatusAnswer.ResponseCode.OK, null, patient, entries);
    }

    private byte[] write(
            ReceivedStatusQuery query,
            StatusAnswer.ResponseCode code,
            StatusAnswer.Issue issue,
            ReceivedVaccinationMessage.Child patient,
            List<StatusAnswer.Entry> entries) {
        return writer.write(new StatusAnswer(
                new II(REGISTER.root(), UUID.randomUUID().toString()),
                clock.instant(),
                REGISTER,
                II.application(query.transmission().senderApplication()),
                RIVM,
                new II(
                        query.transmission().messageId().root(),
                        query.transmission().messageId().extension()),
                new II(query.queryId().root(), query.queryId().extension()),
                code,
                issue,
                patient == null ? null : asWritten(patient),
                entries));
    }

    /** The child the register read, as the module's writers take it. */
    public static VaccinationMessage.Patient asWritten(ReceivedVaccinationMessage.Child child) {
        return new VaccinationMessage.Patient(
                child.bsn(),
                child.givenNames(),
                child.namePrefix(),
                child.familyName(),
                child.birthDate(),
                child.gender(),
                child.street(),
                child.houseNumber(),
                child.houseNumberSuffix(),
                child.postcode(),
                child.city(),
                child.dktpScheduleCode());
    }
}
