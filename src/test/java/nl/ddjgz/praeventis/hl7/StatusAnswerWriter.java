package nl.ddjgz.praeventis.hl7;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.ddjgz.praeventis.hl7.v3.AcceptAckCodeValue;
import nl.ddjgz.praeventis.hl7.v3.AcknowledgementType;
import nl.ddjgz.praeventis.hl7.v3.ApplicationAcknowledgement;
import nl.ddjgz.praeventis.hl7.v3.BL;
import nl.ddjgz.praeventis.hl7.v3.CD;
import nl.ddjgz.praeventis.hl7.v3.CE;
import nl.ddjgz.praeventis.hl7.v3.CS;
import nl.ddjgz.praeventis.hl7.v3.ControlActProcessReasonOf;
import nl.ddjgz.praeventis.hl7.v3.DateCriterion;
import nl.ddjgz.praeventis.hl7.v3.ED;
import nl.ddjgz.praeventis.hl7.v3.INT;
import nl.ddjgz.praeventis.hl7.v3.JustifiedDetectedIssue;
import nl.ddjgz.praeventis.hl7.v3.Limitation;
import nl.ddjgz.praeventis.hl7.v3.ON;
import nl.ddjgz.praeventis.hl7.v3.QueryAck;
import nl.ddjgz.praeventis.hl7.v3.QueryResponse;
import nl.ddjgz.praeventis.hl7.v3.QueryResponseCode;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002171NLControlActProcess;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002171NLMessage;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002171NLSubject;
import nl.ddjgz.praeventis.hl7.v3.SubstanceAdministration;
import nl.ddjgz.praeventis.hl7.v3.SubstanceAdministrationAssignedEntity;
import nl.ddjgz.praeventis.hl7.v3.SubstanceAdministrationComponent;
import nl.ddjgz.praeventis.hl7.v3.SubstanceAdministrationOrganization;
import nl.ddjgz.praeventis.hl7.v3.SubstanceAdministrationPerformer;
import nl.ddjgz.praeventis.hl7.v3.TS;
import nl.ddjgz.praeventis.hl7.v3.TargetMessage;
import nl.ddjgz.praeventis.hl7.v3.VaccinationAdministrationList;
import nl.ddjgz.praeventis.hl7.v3.VaccinationAdministrationListComponent;
import nl.ddjgz.praeventis.hl7.v3.VaccinationAdministrationListSubject;
import nl.ddjgz.praeventis.hl7.v3.VaccinationMood;
import nl.ddjgz.praeventis.hl7.v3.VaccinationObservation;

/**
 * Writes the status answer REPC_IN002171NL as the register would (for the Praeventis simulator): the acknowledgement of
 * the query (AA for OK and NF, AE for QE and AE), and with OK one VaccinationAdministrationList (template .182) with the
 * child and one substanceAdministration (template .123) per entry; otherwise no list, and the issue as
 * reasonOf/justifiedDetectedIssue. queryAck counts the lists. Thread-safe.
 *
 * <p>Per entry: given as moodCode EVN with date, batch number and performer (template .125) when known; an objection as
 * negationInd true with the W0323 reason; planned as moodCode RMD without date or performer, with limitation/
 * dateCriterion LOINC 30981-5 (earliest) and 30980-7 (target); a rejected one with component/vaccinationObservation
 * 1589 = true. An uncoded type goes as nullFlavor OTH with its name as originalText. The writer does not repair: a
 * planned entry with a date, or an objection with a batch number, is refused ({@link MessageRules}), as is anything
 * that would not validate.
 */
public final class StatusAnswerWriter {

    /**
     * @throws InvalidMessageException when the answer would not validate or breaks a message rule
     * @throws NullPointerException when the message id, creation time, sender, receiver, author, query message id or
     *     response code is missing
     */
    public byte[] write(StatusAnswer answer) {
        Objects.requireNonNull(answer.messageId(), "messageId");
        Objects.requireNonNull(answer.creationTime(), "creationTime");
        Objects.requireNonNull(answer.sender(), "sender");
        Objects.requireNonNull(answer.receiver(), "receiver");
        Objects.requireNonNull(answer.author(), "author");
        Objects.requireNonNull(answer.queryMessageId(), "queryMessageId");
        Objects.requireNonNull(answer.responseCode(), "responseCode");
        REPCIN002171NLMessage message = new REPCIN002171NLMessage();
        V3.head(message, answer.messageId(), answer.creationTime(), StatusAnswer.INTERACTION, AcceptAckCodeValue.NE);
        ApplicationAcknowledgement ack = new ApplicationAcknowledgement();
        ack.setTypeCode(answer.responseCode().accepted() ? AcknowledgementType.AA : AcknowledgementType.AE);
        TargetMessage target = new TargetMessage();
        target.setId(V3.id(new nl.ddjgz.praeventis.hl7.v3.II(), answer.queryMessageId()));
        ack.setTargetMessage(target);
        message.setAcknowledgement(ack);
        message.getReceiver().add(V3.receiver(answer.receiver()));
        message.setSender(V3.sender(answer.sender()));
        REPCIN002171NLControlActProcess act = new REPCIN002171NLControlActProcess();
        act.setClassCode(nl.ddjgz.praeventis.hl7.v3.ControlActClass.CACT);
        act.setMoodCode("EVN");
        act.getAuthorOrPerformer().add(V3.authorOrPerformer(answer.author()));
        if (answer.responseCode() == StatusAnswer.ResponseCode.OK) {
            REPCIN002171NLSubject subject = new REPCIN002171NLSubject();
            subject.setTypeCode("SUBJ");
            subject.setVaccinationAdministrationList(list(answer));
            act.getSubject().add(subject);
        }
        if (answer.issue() != null) {
            act.getReasonOf().add(issue(answer.issue()));
        }
        act.setQueryAck(queryAck(answer, act.getSubject().size()));
        message.setControlActProcess(act);
        List<RuleViolation> violations = MessageRules.check(message);
        byte[] xml = Jaxb.marshalUnchecked(V3.FACTORY.createREPCIN002171NL(message), false);
        List<ValidationError> errors = Hl7Schemas.get().validate(xml, StatusAnswer.INTERACTION);
        if (!errors.isEmpty() || !violations.isEmpty()) {
            throw new InvalidMessageException(StatusAnswer.INTERACTION, errors, violations);
        }
        return xml;
    }

    private static QueryAck queryAck(StatusAnswer answer, int lists) {
        QueryAck ack = new QueryAck();
        if (answer.queryId() != null) {
            ack.setQueryId(V3.id(new nl.ddjgz.praeventis.hl7.v3.II(), answer.queryId()));
        }
        CS status = new CS();
        status.setCode("deliveredResponse");
        ack.setStatusCode(status);
        QueryResponseCode code = new QueryResponseCode();
        code.setCode(QueryResponse.fromValue(answer.responseCode().name()).value());
        ack.setQueryResponseCode(code);
        ack.setResultTotalQuantity(quantity(lists));
        ack.setResultCurrentQuantity(quantity(lists));
        ack.setResultRemainingQuantity(quantity(0));
        return ack;
    }

    private static INT quantity(int value) {
        INT quantity = new INT();
        quantity.setValue(BigInteger.valueOf(value));
        return quantity;
    }

    private static ControlActProcessReasonOf issue(StatusAnswer.Issue issue) {
        JustifiedDetectedIssue detected = new JustifiedDetectedIssue();
        detected.setClassCode("ALRT");
        detected.setMoodCode("EVN");
        if (issue.code() != null) {
            detected.setCode(V3.code(new CD(), issue.code(), issue.codeSystem(), null));
        }
        if (issue.text() != null) {
            detected.setText(V3.text(new ED(), issue.text()));
        }
        ControlActProcessReasonOf reasonOf = new ControlActProcessReasonOf();
        reasonOf.setTypeCode("RSON");
        reasonOf.setJustifiedDetectedIssue(detected);
        return reasonOf;
    }

    private static VaccinationAdministrationList list(StatusAnswer answer) {
        VaccinationAdministrationList list = new VaccinationAdministrationList();
        list.setClassCode("LIST");
        list.setMoodCode("EVN");
        list.getTemplateId().add(JgzPayload.template(Oids.STATUS_LIST_TEMPLATE));
        if (answer.patient() != null) {
            VaccinationAdministrationListSubject subject = new VaccinationAdministrationListSubject();
            subject.setTypeCode("SBJ");
            subject.setPatient(JgzPayload.patient(answer.patient()));
            list.setSubject(subject);
        }
        for (StatusAnswer.Entry entry : answer.entries()) {
            VaccinationAdministrationListComponent component = new VaccinationAdministrationListComponent();
            component.setTypeCode("COMP");
            component.setSubstanceAdministration(entry(entry));
            list.getComponent().add(component);
        }
        return list;
    }

    private static SubstanceAdministration entry(StatusAnswer.Entry entry) {
        boolean planned = entry.kind() == StatusAnswer.Kind.PLANNED;
        boolean objection = entry.kind() == StatusAnswer.Kind.OBJECTION;
        SubstanceAdministration vaccination = new SubstanceAdministration();
        vaccination.setClassCode("SBADM");
        vaccination.setMoodCode(planned ? VaccinationMood.RMD : VaccinationMood.EVN);
        if (objection) {
            vaccination.setNegationInd(true);
        }
        vaccination.getTemplateId().add(JgzPayload.template(Oids.VACCINATION_STATUS_ENTRY_TEMPLATE));
        vaccination.setCode(V3.code(new CE(), "IMMUNIZ", Oids.ACT_CODE, "Immunization"));
        if (entry.date() != null) {
            vaccination.setEffectiveTime(JgzPayload.date(new TS(), entry.date()));
        }
        vaccination.setConsumable(JgzPayload.consumable(entry.w0422Code(), entry.vaccineName(), entry.batchNumber()));
        if (entry.performerName() != null) {
            vaccination.setPerformer(performer(entry.performerName()));
        }
        if (objection) {
            vaccination.setAuthorization(JgzPayload.objection(entry.objectionReason()));
        }
        if (entry.earliestDate() != null) {
            vaccination.getLimitation().add(limitation(Oids.EARLIEST_DATE, entry.earliestDate()));
        }
        if (entry.targetDate() != null) {
            vaccination.getLimitation().add(limitation(Oids.TARGET_DATE, entry.targetDate()));
        }
        if (entry.rejected()) {
            vaccination.getComponent().add(rejected());
        }
        return vaccination;
    }

    private static SubstanceAdministrationPerformer performer(String name) {
        SubstanceAdministrationOrganization organisation = new SubstanceAdministrationOrganization();
        organisation.setClassCode("ORG");
        organisation.setDeterminerCode("INSTANCE");
        organisation.getName().add(V3.name(new ON(), name));
        SubstanceAdministrationAssignedEntity entity = new SubstanceAdministrationAssignedEntity();
        entity.setClassCode("ASSIGNED");
        entity.getTemplateId().add(JgzPayload.template(Oids.VACCINATION_PERFORMER_TEMPLATE));
        entity.setAssignedOrganization(organisation);
        SubstanceAdministrationPerformer performer = new SubstanceAdministrationPerformer();
        performer.setTypeCode("PRF");
        performer.setAssignedEntity(entity);
        return performer;
    }

    private static Limitation limitation(String loinc, LocalDate date) {
        DateCriterion criterion = new DateCriterion();
        criterion.setCode(V3.code(new CD(), loinc, Oids.LOINC, null));
        criterion.setValue(JgzPayload.date(new TS(), date));
        Limitation limitation = new Limitation();
        limitation.setDateCriterion(criterion);
        return limitation;
    }

    private static SubstanceAdministrationComponent rejected() {
        BL value = new BL();
        value.setValue(true);
        VaccinationObservation observation = new VaccinationObservation();
        observation.setClassCode("OBS");
        observation.setMoodCode("EVN");
        observation.setCode(V3.code(new CD(), Oids.BDS_REJECTED, Oids.BDS_ELEMENT, null));
        observation.setValue(value);
        SubstanceAdministrationComponent component = new SubstanceAdministrationComponent();
        component.setTypeCode("COMP");
        component.setVaccinationObservation(observation);
        return component;
    }
}
