package nl.ddjgz.praeventis.hl7;

import java.time.ZoneId;
import nl.ddjgz.simulator.praeventis.Id;
import nl.ddjgz.simulator.praeventis.ReceivedStatusQuery;
import nl.ddjgz.simulator.praeventis.ReceivedVaccinationMessage;
import nl.ddjgz.simulator.praeventis.Transmission;

/**
 * What we write, read back by the simulated register's own reading (not by our classes) and put into our records, so
 * the writers' tests can say "the register reads exactly what we meant".
 */
final class RegisterSide {

    private RegisterSide() {}

    static VaccinationMessage read(byte[] xml) {
        ReceivedVaccinationMessage m = ReceivedVaccinationMessage.read(xml, Hl7Time.NETHERLANDS);
        Transmission t = m.transmission();
        ReceivedVaccinationMessage.Child c = m.child();
        return new VaccinationMessage(
                ii(t.messageId()),
                t.creationTime(),
                II.application(t.senderApplication()),
                II.application(t.receiverApplication()),
                m.anonymised(),
                author(t.author()),
                m.dossierNumber(),
                c == null ? null : nl.ddjgz.simulator.StatusAnswers.asWritten(c),
                new VaccinationMessage.Organisation(
                        ii(m.responsibleOrganisation().id()),
                        m.responsibleOrganisation().name()),
                new VaccinationMessage.Encounter(
                        ii(m.encounter().id()),
                        m.encounter().activityCode(),
                        m.encounter().date(),
                        m.encounter().locationName()),
                m.items().stream()
                        .map(i -> new VaccinationMessage.Item(
                                i.w0422Code(), i.vaccineName(), i.date(), i.batchNumber(), i.objectionReason()))
                        .toList());
    }

    static StatusQuery readQuery(byte[] xml) {
        ReceivedStatusQuery q = ReceivedStatusQuery.read(xml, ZoneId.of("Europe/Amsterdam"));
        Transmission t = q.transmission();
        ReceivedStatusQuery.Person p = q.person();
        return new StatusQuery(
                ii(t.messageId()),
                t.creationTime(),
                II.application(t.senderApplication()),
                II.application(t.receiverApplication()),
                author(t.author()),
                ii(q.queryId()),
                q.bsn(),
                p == null
                        ? null
                        : new StatusQuery.Person(
                                p.givenNames(),
                                p.namePrefix(),
                                p.familyName(),
                                p.birthDate(),
                                p.gender(),
                                p.houseNumber(),
                                p.houseNumberSuffix(),
                                p.postcode()));
    }

    private static II ii(Id id) {
        return id == null ? null : new II(id.root(), id.extension());
    }

    private static SendingSystem author(Transmission.Author a) {
        return a == null ? null : new SendingSystem(a.certificateNumber(), a.ura(), a.organisationName(), a.city());
    }
}
