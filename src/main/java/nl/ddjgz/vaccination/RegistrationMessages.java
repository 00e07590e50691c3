package nl.ddjgz.vaccination;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ddjgz.dossier.Address;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.organisation.Organisation;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.registry.Disclosure;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.schedule.VaccineType;
import nl.ddjgz.security.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * Turns an approved contact moment into what its message to the register carries. Where the register's profile says
 * so (the RIVM), consent in force on the vaccination date decides the disclosure (rules.md §3): the child identified
 * with personal data, or anonymised without objections; the register's adapter chooses its message from it.
 */
@Component
class RegistrationMessages {

    private final OrganisationSettings organisation;
    private final VaccinationSchedule schedule;
    private final UserAccounts users;
    private final Outbox outbox;

    RegistrationMessages(
            OrganisationSettings organisation, VaccinationSchedule schedule, UserAccounts users, Outbox outbox) {
        this.outbox = outbox;
        this.organisation = organisation;
        this.schedule = schedule;
        this.users = users;
    }

    /**
     * What every message of one approval shares, read once per approval: who approves, the organisation, what the
     * register's profile asks. A session's approval has one professional for every child, and reading these per child
     * costs a proxied call each (and a query per child would make Hibernate dirty-check the whole session's
     * persistence context each time). Used on the approving thread only.
     */
    Approval approval(String username) {
        Organisation org = organisation.organisation();
        return new Approval(
                approver(username),
                new OutgoingRegistration.Organisation(
                        org.getName(),
                        org.getUra(),
                        org.getAgb(),
                        org.getCity(),
                        org.getServerCertificateId(),
                        org.getEhealthId(),
                        org.getSoftwareId()),
                outbox.profile().anonymisesWithoutConsent(),
                outbox.registersObjections(),
                new HashMap<>());
    }

    /**
     * The registration to send, or empty when nothing may be sent: an anonymised message with only objections, or
     * only objections for a register that takes none (Vaccinnet). The parents' consent decides the disclosure where
     * the register's profile says so (RIVM); another register always gets the child's data (its own rules apply).
     *
     * @param approval read once by the caller ({@link #approval}) for every contact moment it approves
     */
    Optional<OutgoingRegistration> build(ContactMoment moment, ChildDossier dossier, Approval approval) {
        Disclosure disclosure =
                !approval.consentDecides() || dossier.getConsent().isInForceOn(moment.getMomentDate())
                        ? Disclosure.IDENTIFIED
                        : Disclosure.ANONYMISED;
        boolean objections = disclosure == Disclosure.IDENTIFIED && approval.registersObjections();
        List<OutgoingRegistration.Item> items = moment.getLines().stream()
                .filter(Vaccination::isRegistered)
                .filter(l -> objections || l.getOutcome() == LineOutcome.GIVEN)
                .map(this::item)
                .toList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        String locationName = moment.getLocationId() == null
                ? null
                : approval.locationNames()
                        .computeIfAbsent(
                                moment.getLocationId(),
                                id -> organisation.location(id).getName());
        return Optional.of(new OutgoingRegistration(
                moment.getId(),
                dossier.getId(),
                dossier.getDossierNumber(),
                disclosure,
                child(dossier),
                approval.organisation(),
                new OutgoingRegistration.ContactMoment(
                        moment.getActivity().code(), moment.getMomentDate(), moment.getLocationId(), locationName),
                items,
                approval.approver()));
    }

    /**
     * What the messages of one approval share (see {@link #approval}).
     *
     * @param consentDecides whether consent decides the disclosure (the register's profile: RIVM)
     * @param registersObjections whether the register takes objections
     * @param locationNames the names of the locations met so far, by id
     */
    record Approval(
            OutgoingRegistration.Professional approver,
            OutgoingRegistration.Organisation organisation,
            boolean consentDecides,
            boolean registersObjections,
            Map<Long, String> locationNames) {}

    /** Who approved, with the NIHII the Belgian registers need as author. */
    OutgoingRegistration.Professional approver(String username) {
        return users.professional(username)
                .map(p -> new OutgoingRegistration.Professional(
                        p.username(),
                        p.displayName(),
                        p.nihii() == null ? null : p.nihii().value()))
                .orElse(new OutgoingRegistration.Professional(username, username, null));
    }

    private OutgoingRegistration.Item item(Vaccination line) {
        VaccineType type = schedule.vaccineType(line.getVaccineType()).orElseThrow();
        return new OutgoingRegistration.Item(
                type.getCode(),
                type.getW0422Code(),
                type.getName(),
                line.getVaccinationDate(),
                line.getBatchNumber(),
                line.getObjectionReason() == null
                        ? null
                        : line.getObjectionReason().code());
    }

    private static OutgoingRegistration.Child child(ChildDossier d) {
        Address a = d.getAddress() == null ? Address.none() : d.getAddress();
        return new OutgoingRegistration.Child(
                d.getBsn() == null ? null : d.getBsn().value(),
                d.getInsz() == null ? null : d.getInsz().value(),
                d.getGivenNames(),
                d.getNamePrefix(),
                d.getFamilyName(),
                d.getBirthDate(),
                d.getGender().name(),
                a.street(),
                a.houseNumber(),
                a.houseNumberSuffix(),
                a.postcode(),
                a.city(),
                d.getDktpSchedule() == null ? null : d.getDktpSchedule().code());
    }
}
