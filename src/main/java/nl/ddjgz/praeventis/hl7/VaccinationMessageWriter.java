package nl.ddjgz.praeventis.hl7;

import jakarta.xml.bind.JAXBElement;
import java.util.List;
import java.util.Objects;
import nl.ddjgz.praeventis.hl7.v3.AcceptAckCodeValue;
import nl.ddjgz.praeventis.hl7.v3.ActivityCode;
import nl.ddjgz.praeventis.hl7.v3.CareProvisionEvent;
import nl.ddjgz.praeventis.hl7.v3.CareProvisionEventAnonymised;
import nl.ddjgz.praeventis.hl7.v3.CareProvisionEventAuthor;
import nl.ddjgz.praeventis.hl7.v3.CareProvisionEventComponent;
import nl.ddjgz.praeventis.hl7.v3.CareProvisionEventIdentified;
import nl.ddjgz.praeventis.hl7.v3.CareProvisionEventPerformer;
import nl.ddjgz.praeventis.hl7.v3.CareProvisionEventSubject;
import nl.ddjgz.praeventis.hl7.v3.CodeCareProvision;
import nl.ddjgz.praeventis.hl7.v3.EncounterEvent;
import nl.ddjgz.praeventis.hl7.v3.EncounterEventComponent;
import nl.ddjgz.praeventis.hl7.v3.IIRootAndExtension;
import nl.ddjgz.praeventis.hl7.v3.JgzOrganization;
import nl.ddjgz.praeventis.hl7.v3.JgzOrganizationRole;
import nl.ddjgz.praeventis.hl7.v3.NullFlavor;
import nl.ddjgz.praeventis.hl7.v3.ON;
import nl.ddjgz.praeventis.hl7.v3.PartOrganization;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002140NLControlActProcess;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002140NLMessage;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002140NLSubject;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002145NLControlActProcess;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002145NLMessage;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002145NLSubject;
import nl.ddjgz.praeventis.hl7.v3.StatusCodeCareProvision;
import nl.ddjgz.praeventis.hl7.v3.SubstanceAdministrationEvent;
import nl.ddjgz.praeventis.hl7.v3.TemplateId117;
import nl.ddjgz.praeventis.hl7.v3.TemplateId122;
import nl.ddjgz.praeventis.hl7.v3.TemplateId124;
import nl.ddjgz.praeventis.hl7.v3.TemplateId180;
import nl.ddjgz.praeventis.hl7.v3.VaccinatingEntity;
import nl.ddjgz.praeventis.hl7.v3.VaccinatingOrganization;
import nl.ddjgz.praeventis.hl7.v3.VaccinationLocation;
import nl.ddjgz.praeventis.hl7.v3.VaccinationPerformer;

/**
 * Writes the vaccinations of one contact moment for Praeventis ("Bericht 4", praeventis-messages.md §3): REPC_IN002140NL
 * with the child's BSN in the attention line and the payload, or REPC_IN002145NL anonymised (no attention line, dossier
 * number and child nullFlavor MSK), as {@link VaccinationMessage#anonymised()} says. Thread-safe; one instance serves
 * every request.
 *
 * <p>A message that fails never leaves: every message is checked against our schema and against the rules a schema
 * cannot say ({@link MessageRules}: BSN elfproef and equality with the attention line, batch number required without
 * and forbidden with an objection, no objection when anonymised, real dates of at least YYYYMMDD, Dutch postcodes, W0681
 * and W0323 codes, at least one item). Whatever is wrong comes back at once as an {@link InvalidMessageException}
 * with the validator's errors and the {@linkplain RuleViolation rule violations}. The writer does not repair: an
 * objection in an anonymised message or a batch number with an objection is written as asked and then refused.
 *
 * <p>The dossier status is written as {@code active} (a child who is vaccinated has an open dossier); the responsible
 * organisation is written both as performer (responsible) and author (vaccinated) of the dossier and as the vaccinating
 * organisation of each item, with the contact moment's location as its part.
 */
public final class VaccinationMessageWriter {

    private final String dossierNumberRoot;

    /**
     * @param dossierNumberRoot the OID under which this JGZ organisation issues its dossier numbers (the root of
     *     {@code CareProvisionEvent/id}); the message rules name none
     */
    public VaccinationMessageWriter(String dossierNumberRoot) {
        if (V3.isBlank(dossierNumberRoot)) {
            throw new IllegalArgumentException("a dossier number root (OID) is required");
        }
        this.dossierNumberRoot = dossierNumberRoot;
    }

    /**
     * @return the message as UTF-8 XML, valid against our schema and the message rules
     * @throws InvalidMessageException when the message would not validate or breaks a message rule
     * @throws NullPointerException when the message lacks what no message can do without: message id, creation time,
     *     sender, receiver, author, responsible organisation, encounter, and the patient of a message with BSN
     */
    public byte[] write(VaccinationMessage message) {
        Objects.requireNonNull(message.messageId(), "messageId");
        Objects.requireNonNull(message.creationTime(), "creationTime");
        Objects.requireNonNull(message.sender(), "sender");
        Objects.requireNonNull(message.receiver(), "receiver");
        Objects.requireNonNull(message.author(), "author");
        Objects.requireNonNull(message.responsibleOrganisation(), "responsibleOrganisation");
        Objects.requireNonNull(message.encounter(), "encounter");
        String interaction = message.interaction();
        JAXBElement<?> element;
        List<RuleViolation> violations;
        if (message.anonymised()) {
            REPCIN002145NLMessage anonymised = anonymised(message);
            violations = MessageRules.check(anonymised);
            element = V3.FACTORY.createREPCIN002145NL(anonymised);
        } else {
            Objects.requireNonNull(message.patient(), "patient");
            REPCIN002140NLMessage withBsn = withBsn(message);
            violations = MessageRules.check(withBsn);
            element = V3.FACTORY.createREPCIN002140NL(withBsn);
        }
        byte[] xml = Jaxb.marshalUnchecked(element, false);
        List<ValidationError> errors = Hl7Schemas.get().validate(xml, interaction);
        if (!errors.isEmpty() || !violations.isEmpty()) {
            throw new InvalidMessageException(interaction, errors, violations);
        }
        return xml;
    }

    private REPCIN002140NLMessage withBsn(VaccinationMessage message) {
        REPCIN002140NLMessage result = new REPCIN002140NLMessage();
        V3.head(
                result,
                message.messageId(),
                message.creationTime(),
                VaccinationMessage.WITH_BSN,
                AcceptAckCodeValue.AL);
        result.setAttentionLine(V3.attentionLine(message.patient().bsn()));
        result.getReceiver().add(V3.receiver(message.receiver()));
        result.setSender(V3.sender(message.sender()));
        CareProvisionEventIdentified event = new CareProvisionEventIdentified();
        fill(event, message);
        // the declared class of CareProvisionEvent/id is II (the restriction only narrows it): no xsi:type
        nl.ddjgz.praeventis.hl7.v3.II dossier = new nl.ddjgz.praeventis.hl7.v3.II();
        dossier.setRoot(dossierNumberRoot);
        dossier.setExtension(message.dossierNumber());
        event.setId(dossier);
        event.setSubject(subject(JgzPayload.patient(message.patient())));
        REPCIN002140NLSubject subject = new REPCIN002140NLSubject();
        subject.setTypeCode("SUBJ");
        subject.setCareProvisionEvent(event);
        REPCIN002140NLControlActProcess act = new REPCIN002140NLControlActProcess();
        act.setClassCode(nl.ddjgz.praeventis.hl7.v3.ControlActClass.CACT);
        act.setMoodCode("EVN");
        act.getAuthorOrPerformer().add(V3.authorOrPerformer(message.author()));
        act.setSubject(subject);
        result.setControlActProcess(act);
        return result;
    }

    private REPCIN002145NLMessage anonymised(VaccinationMessage message) {
        REPCIN002145NLMessage result = new REPCIN002145NLMessage();
        V3.head(
                result,
                message.messageId(),
                message.creationTime(),
                VaccinationMessage.ANONYMISED,
                AcceptAckCodeValue.AL);
        result.getReceiver().add(V3.receiver(message.receiver()));
        result.setSender(V3.sender(message.sender()));
        CareProvisionEventAnonymised event = new CareProvisionEventAnonymised();
        fill(event, message);
        nl.ddjgz.praeventis.hl7.v3.II masked = new nl.ddjgz.praeventis.hl7.v3.II();
        masked.setNullFlavor(NullFlavor.MSK);
        event.setId(masked);
        nl.ddjgz.praeventis.hl7.v3.Patient patient = new nl.ddjgz.praeventis.hl7.v3.Patient();
        patient.setClassCode("PAT");
        patient.setNullFlavor(NullFlavor.MSK);
        event.setSubject(subject(patient));
        REPCIN002145NLSubject subject = new REPCIN002145NLSubject();
        subject.setTypeCode("SUBJ");
        subject.setCareProvisionEvent(event);
        REPCIN002145NLControlActProcess act = new REPCIN002145NLControlActProcess();
        act.setClassCode(nl.ddjgz.praeventis.hl7.v3.ControlActClass.CACT);
        act.setMoodCode("EVN");
        act.getAuthorOrPerformer().add(V3.authorOrPerformer(message.author()));
        act.setSubject(subject);
        result.setControlActProcess(act);
        return result;
    }

    /** What both interactions share: template, code, status, organisations, the contact moment and its items. */
    private static void fill(CareProvisionEvent event, VaccinationMessage message) {
        event.setClassCode("PCPR");
        event.setMoodCode("EVN");
        TemplateId180 template = new TemplateId180();
        template.setRoot(Oids.VACCINATIONS_TEMPLATE);
        event.setTemplateId(template);
        event.setCode(V3.code(new CodeCareProvision(), "CPHC", Oids.ACT_CODE, null));
        StatusCodeCareProvision status = new StatusCodeCareProvision();
        status.setCode("active");
        event.setStatusCode(status);
        CareProvisionEventPerformer performer = new CareProvisionEventPerformer();
        performer.setTypeCode("PRF");
        performer.setAssignedEntity(organisation(message.responsibleOrganisation()));
        event.setPerformer(performer);
        CareProvisionEventAuthor author = new CareProvisionEventAuthor();
        author.setTypeCode("AUT");
        author.setAssignedEntity(organisation(message.responsibleOrganisation()));
        event.setAuthor(author);
        CareProvisionEventComponent component = new CareProvisionEventComponent();
        component.setTypeCode("COMP");
        component.setEncounterEvent(encounter(message));
        event.setComponent(component);
    }

    private static CareProvisionEventSubject subject(nl.ddjgz.praeventis.hl7.v3.Patient patient) {
        CareProvisionEventSubject subject = new CareProvisionEventSubject();
        subject.setTypeCode("SBJ");
        subject.setPatient(patient);
        return subject;
    }

    private static JgzOrganizationRole organisation(VaccinationMessage.Organisation organisation) {
        JgzOrganizationRole role = new JgzOrganizationRole();
        role.setClassCode("ASSIGNED");
        TemplateId122 template = new TemplateId122();
        template.setRoot(Oids.JGZ_ORGANISATION_TEMPLATE);
        role.setTemplateId(template);
        nl.ddjgz.praeventis.hl7.v3.II id = new nl.ddjgz.praeventis.hl7.v3.II();
        if (organisation.id() == null) {
            id.setNullFlavor(NullFlavor.NI);
        } else {
            V3.id(id, organisation.id());
        }
        role.getId().add(id);
        JgzOrganization named = new JgzOrganization();
        named.setClassCode("ORG");
        named.setDeterminerCode("INSTANCE");
        named.setName(V3.name(new ON(), organisation.name()));
        role.setAssignedOrganization(named);
        return role;
    }

    private static EncounterEvent encounter(VaccinationMessage message) {
        VaccinationMessage.Encounter contact = message.encounter();
        EncounterEvent encounter = new EncounterEvent();
        encounter.setClassCode("ENC");
        encounter.setMoodCode("EVN");
        if (contact.id() != null) {
            encounter.setId(V3.id(new IIRootAndExtension(), contact.id()));
        }
        encounter.setCode(V3.code(new ActivityCode(), contact.activityCode(), Oids.ACTIVITY, null));
        encounter.setEffectiveTime(JgzPayload.date(contact.date()));
        for (VaccinationMessage.Item item : message.items()) {
            EncounterEventComponent component = new EncounterEventComponent();
            component.setTypeCode("COMP");
            component.setSubstanceAdministrationEvent(
                    vaccination(item, message.responsibleOrganisation().name(), contact.locationName()));
            encounter.getComponent().add(component);
        }
        return encounter;
    }

    private static SubstanceAdministrationEvent vaccination(
            VaccinationMessage.Item item, String organisationName, String locationName) {
        SubstanceAdministrationEvent vaccination = new SubstanceAdministrationEvent();
        vaccination.setClassCode("SBADM");
        vaccination.setMoodCode("EVN");
        vaccination.setNegationInd(item.isObjection());
        TemplateId117 template = new TemplateId117();
        template.setRoot(Oids.VACCINATION_TEMPLATE);
        vaccination.setTemplateId(template);
        vaccination.setCode(JgzPayload.immunization());
        vaccination.setEffectiveTime(JgzPayload.date(item.date()));
        vaccination.setConsumable(JgzPayload.consumable(item.w0422Code(), item.vaccineName(), item.batchNumber()));
        vaccination.setPerformer(performer(organisationName, locationName));
        if (item.isObjection()) {
            vaccination.setAuthorization(JgzPayload.objection(item.objectionReason()));
        }
        return vaccination;
    }

    /** Template .124: the vaccinating organisation (id NI) and, when known, the location as its part (id NA). */
    private static VaccinationPerformer performer(String organisationName, String locationName) {
        VaccinatingOrganization organisation = new VaccinatingOrganization();
        organisation.setClassCode("ORG");
        organisation.setDeterminerCode("INSTANCE");
        organisation.setId(noInformationId());
        organisation.setName(V3.name(new ON(), organisationName));
        if (!V3.isBlank(locationName)) {
            PartOrganization part = new PartOrganization();
            part.setClassCode("ORG");
            part.setDeterminerCode("INSTANCE");
            part.setId(notApplicableId());
            part.setName(V3.name(new ON(), locationName));
            VaccinationLocation location = new VaccinationLocation();
            location.setClassCode("PART");
            location.setPartOrganization(part);
            organisation.setOrganizationContains(location);
        }
        VaccinatingEntity entity = new VaccinatingEntity();
        entity.setClassCode("ASSIGNED");
        TemplateId124 template = new TemplateId124();
        template.setRoot(Oids.VACCINATING_ORGANISATION_TEMPLATE);
        entity.setTemplateId(template);
        entity.setRepresentedOrganization(organisation);
        VaccinationPerformer performer = new VaccinationPerformer();
        performer.setTypeCode("PRF");
        performer.setAssignedEntity(entity);
        return performer;
    }

    private static nl.ddjgz.praeventis.hl7.v3.IINoInformation noInformationId() {
        nl.ddjgz.praeventis.hl7.v3.IINoInformation id = new nl.ddjgz.praeventis.hl7.v3.IINoInformation();
        id.setNullFlavor(NullFlavor.NI);
        return id;
    }

    private static nl.ddjgz.praeventis.hl7.v3.IINotApplicable notApplicableId() {
        nl.ddjgz.praeventis.hl7.v3.IINotApplicable id = new nl.ddjgz.praeventis.hl7.v3.IINotApplicable();
        id.setNullFlavor(NullFlavor.NA);
        return id;
    }
}
