package nl.ddjgz.praeventis.hl7;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.ddjgz.praeventis.hl7.v3.AcknowledgementDetail;
import nl.ddjgz.praeventis.hl7.v3.AdministrableMedicine;
import nl.ddjgz.praeventis.hl7.v3.ApplicationAcknowledgement;
import nl.ddjgz.praeventis.hl7.v3.BL;
import nl.ddjgz.praeventis.hl7.v3.CD;
import nl.ddjgz.praeventis.hl7.v3.ControlActProcessReasonOf;
import nl.ddjgz.praeventis.hl7.v3.DateCriterion;
import nl.ddjgz.praeventis.hl7.v3.JustifiedDetectedIssue;
import nl.ddjgz.praeventis.hl7.v3.Limitation;
import nl.ddjgz.praeventis.hl7.v3.ON;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002171NLControlActProcess;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002171NLMessage;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002171NLSubject;
import nl.ddjgz.praeventis.hl7.v3.SubstanceAdministration;
import nl.ddjgz.praeventis.hl7.v3.SubstanceAdministrationComponent;
import nl.ddjgz.praeventis.hl7.v3.VaccinationAdministrationList;
import nl.ddjgz.praeventis.hl7.v3.VaccinationAdministrationListComponent;
import nl.ddjgz.praeventis.hl7.v3.VaccinationMood;
import nl.ddjgz.praeventis.hl7.v3.VaccinationObservation;

/**
 * Reads the register's status answer REPC_IN002171NL: checks it against our schema (only as strict as the standard),
 * then maps it. Lenient where the standard is: an optional attention line, extra template ids, lists without child,
 * entries without date, performer or batch number, uncoded vaccine types (nullFlavor OTH + originalText), more than one
 * list (their entries are joined), an echo of the query's parameters (ignored). The only further refusal is a date that
 * names no real day: such an answer cannot be shown correctly. Thread-safe.
 *
 * <p>The kind of an entry: moodCode RMD is planned; else negationInd true (or an authorization) is an objection; else
 * given. Rejected ("afgekeurd door RIVM") is component/vaccinationObservation code 1589 with value BL true.
 */
public final class StatusAnswerReader {

    private final ZoneId zone;

    public StatusAnswerReader() {
        this(Hl7Time.NETHERLANDS);
    }

    /** @param zone where times without offset are local time (default Europe/Amsterdam) */
    public StatusAnswerReader(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
    }

    /**
     * @throws InvalidMessageException when the bytes are not XML, not a REPC_IN002171NL, do not validate against our
     *     schema or carry a date that is no real day
     */
    public StatusAnswer read(byte[] xml) {
        REPCIN002171NLMessage message = Jaxb.read(xml, StatusAnswer.INTERACTION, REPCIN002171NLMessage.class);
        try {
            return map(message);
        } catch (DateTimeException e) {
            throw new InvalidMessageException(
                    StatusAnswer.INTERACTION,
                    List.of(ValidationError.of("A date or time in the answer is not a real point in time.")));
        }
    }

    private StatusAnswer map(REPCIN002171NLMessage message) {
        REPCIN002171NLControlActProcess act = message.getControlActProcess();
        ApplicationAcknowledgement ack = message.getAcknowledgement();
        VaccinationMessage.Patient patient = null;
        List<StatusAnswer.Entry> entries = new ArrayList<>();
        for (REPCIN002171NLSubject subject : act.getSubject()) {
            VaccinationAdministrationList list = subject.getVaccinationAdministrationList();
            if (patient == null && list.getSubject() != null) {
                patient = JgzPayload.patient(list.getSubject().getPatient());
            }
            for (VaccinationAdministrationListComponent component : list.getComponent()) {
                entries.add(entry(component.getSubstanceAdministration()));
            }
        }
        return new StatusAnswer(
                V3.messageId(message),
                Hl7Time.instant(message.getCreationTime().getValue(), zone),
                V3.applicationId(message.getSender().getDevice()),
                message.getReceiver().isEmpty()
                        ? null
                        : V3.applicationId(message.getReceiver().get(0).getDevice()),
                V3.sendingSystem(act),
                V3.id(ack.getTargetMessage().getId()),
                V3.id(act.getQueryAck().getQueryId()),
                StatusAnswer.ResponseCode.valueOf(
                        act.getQueryAck().getQueryResponseCode().getCode()),
                issue(act.getReasonOf(), ack.getAcknowledgementDetail()),
                patient,
                entries);
    }

    private static StatusAnswer.Issue issue(
            List<ControlActProcessReasonOf> reasons, List<AcknowledgementDetail> details) {
        for (ControlActProcessReasonOf reason : reasons) {
            JustifiedDetectedIssue issue = reason.getJustifiedDetectedIssue();
            CD code = issue.getCode();
            boolean coded = code != null && code.getNullFlavor() == null && !V3.isBlank(code.getCode());
            String text = V3.text(issue.getText());
            if (text == null && code != null) {
                text = V3.blankToNull(code.getDisplayName());
            }
            if (coded || text != null) {
                return new StatusAnswer.Issue(coded ? code.getCode() : null, coded ? code.getCodeSystem() : null, text);
            }
        }
        for (AcknowledgementDetail detail : details) {
            boolean coded = detail.getCode() != null && detail.getCode().getNullFlavor() == null;
            String text = V3.text(detail.getText());
            if (coded || text != null) {
                return new StatusAnswer.Issue(
                        coded ? detail.getCode().getCode() : null,
                        coded ? detail.getCode().getCodeSystem() : null,
                        text);
            }
        }
        return null;
    }

    private static StatusAnswer.Entry entry(SubstanceAdministration vaccination) {
        StatusAnswer.Kind kind;
        if (vaccination.getMoodCode() == VaccinationMood.RMD) {
            kind = StatusAnswer.Kind.PLANNED;
        } else if (Boolean.TRUE.equals(vaccination.isNegationInd()) || vaccination.getAuthorization() != null) {
            kind = StatusAnswer.Kind.OBJECTION;
        } else {
            kind = StatusAnswer.Kind.GIVEN;
        }
        AdministrableMedicine medicine = JgzPayload.medicine(vaccination.getConsumable());
        LocalDate date =
                kind == StatusAnswer.Kind.PLANNED ? null : JgzPayload.day(V3.value(vaccination.getEffectiveTime()));
        return new StatusAnswer.Entry(
                kind,
                medicine == null ? null : JgzPayload.w0422Code(medicine.getCode()),
                medicine == null ? null : JgzPayload.vaccineName(medicine.getCode()),
                date,
                plannedDate(vaccination.getLimitation(), Oids.EARLIEST_DATE),
                plannedDate(vaccination.getLimitation(), Oids.TARGET_DATE),
                medicine == null ? null : V3.text(medicine.getLotNumberText()),
                JgzPayload.objectionReason(vaccination.getAuthorization()),
                rejected(vaccination.getComponent()),
                performerName(vaccination));
    }

    private static LocalDate plannedDate(List<Limitation> limitations, String loinc) {
        for (Limitation limitation : limitations) {
            DateCriterion criterion = limitation.getDateCriterion();
            if (criterion.getCode() != null
                    && loinc.equals(criterion.getCode().getCode())
                    && criterion.getValue() != null) {
                return JgzPayload.day(V3.value(criterion.getValue()));
            }
        }
        return null;
    }

    private static boolean rejected(List<SubstanceAdministrationComponent> components) {
        for (SubstanceAdministrationComponent component : components) {
            VaccinationObservation observation = component.getVaccinationObservation();
            CD code = observation.getCode();
            if (code != null
                    && Oids.BDS_REJECTED.equals(code.getCode())
                    && (code.getCodeSystem() == null || Oids.BDS_ELEMENT.equals(code.getCodeSystem()))
                    && observation.getValue() instanceof BL flag
                    && Boolean.TRUE.equals(flag.isValue())) {
                return true;
            }
        }
        return false;
    }

    private static String performerName(SubstanceAdministration vaccination) {
        if (vaccination.getPerformer() == null
                || vaccination.getPerformer().getAssignedEntity() == null
                || vaccination.getPerformer().getAssignedEntity().getAssignedOrganization() == null) {
            return null;
        }
        for (ON name : vaccination
                .getPerformer()
                .getAssignedEntity()
                .getAssignedOrganization()
                .getName()) {
            String text = V3.text(name);
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
