package nl.ddjgz.praeventis.hl7;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.ddjgz.praeventis.hl7.v3.AD;
import nl.ddjgz.praeventis.hl7.v3.ANY;
import nl.ddjgz.praeventis.hl7.v3.AdministrableMedicine;
import nl.ddjgz.praeventis.hl7.v3.AdministrativeObservation;
import nl.ddjgz.praeventis.hl7.v3.AttentionLinePatientId;
import nl.ddjgz.praeventis.hl7.v3.CD;
import nl.ddjgz.praeventis.hl7.v3.CE;
import nl.ddjgz.praeventis.hl7.v3.CareProvisionEvent;
import nl.ddjgz.praeventis.hl7.v3.Consumable;
import nl.ddjgz.praeventis.hl7.v3.EncounterEvent;
import nl.ddjgz.praeventis.hl7.v3.EncounterEventComponent;
import nl.ddjgz.praeventis.hl7.v3.INT;
import nl.ddjgz.praeventis.hl7.v3.Limitation;
import nl.ddjgz.praeventis.hl7.v3.NullFlavor;
import nl.ddjgz.praeventis.hl7.v3.Objection;
import nl.ddjgz.praeventis.hl7.v3.PatientSubjectOf;
import nl.ddjgz.praeventis.hl7.v3.QueryAck;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002140NLMessage;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002145NLMessage;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002170NLMessage;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002171NLMessage;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002171NLSubject;
import nl.ddjgz.praeventis.hl7.v3.SubstanceAdministration;
import nl.ddjgz.praeventis.hl7.v3.SubstanceAdministrationEvent;
import nl.ddjgz.praeventis.hl7.v3.TS;
import nl.ddjgz.praeventis.hl7.v3.VaccinationAdministrationList;
import nl.ddjgz.praeventis.hl7.v3.VaccinationAdministrationListComponent;
import nl.ddjgz.praeventis.hl7.v3.VaccinationMood;
import nl.ddjgz.praeventis.hl7.v3.VaccinationStatusQuery;
import nl.ddjgz.shared.Bsn;

/**
 * The rules of the messages with Praeventis that a schema cannot say (praeventis-messages.md §2 to §4, rules.md §4,
 * §6), checked on the generated classes of a message we write and of one we read for the simulator. Every rule that
 * fails is reported (not only the first) as a {@link RuleViolation} with a stable code; null parts are skipped (their
 * absence is the schema's to report). Stateless.
 */
final class MessageRules {

    private static final Set<String> OBJECTION_REASONS = Set.of("1", "2");

    private static final Set<String> DKTP_SCHEDULES = Set.of("01", "02");

    private MessageRules() {}

    /** REPC_IN002140NL: attention line and patient BSN, the child's data, every vaccination. */
    static List<RuleViolation> check(REPCIN002140NLMessage message) {
        Found found = new Found();
        CareProvisionEvent event = message.getControlActProcess() == null
                        || message.getControlActProcess().getSubject() == null
                ? null
                : message.getControlActProcess().getSubject().getCareProvisionEvent();
        nl.ddjgz.praeventis.hl7.v3.Patient patient = event == null || event.getSubject() == null
                ? null
                : event.getSubject().getPatient();
        String payloadBsn = patient == null ? null : V3.extension(patient.getId(), Oids.BSN);
        attentionLine(found, message.getAttentionLine(), payloadBsn, "the patient's");
        patient(found, patient);
        vaccinations(found, event, false);
        return found.list;
    }

    /** REPC_IN002145NL: every vaccination, and no objection. */
    static List<RuleViolation> check(REPCIN002145NLMessage message) {
        Found found = new Found();
        CareProvisionEvent event = message.getControlActProcess() == null
                        || message.getControlActProcess().getSubject() == null
                ? null
                : message.getControlActProcess().getSubject().getCareProvisionEvent();
        vaccinations(found, event, true);
        return found.list;
    }

    /** REPC_IN002170NL: attention line and patientId BSN, birth date and postcode of the identity check. */
    static List<RuleViolation> check(REPCIN002170NLMessage message) {
        Found found = new Found();
        VaccinationStatusQuery query = message.getControlActProcess() == null
                ? null
                : message.getControlActProcess().getQueryByParameter();
        String queryBsn = query == null
                        || query.getPatientId() == null
                        || query.getPatientId().getValue() == null
                ? null
                : query.getPatientId().getValue().getExtension();
        attentionLine(found, message.getAttentionLine(), queryBsn, "the patientId");
        if (queryBsn != null && !Bsn.isValid(queryBsn)) {
            found.add(RuleViolation.BSN_INVALID, "the BSN of patientId fails the elfproef");
        }
        if (query != null) {
            if (query.getPersonBirthTime() != null) {
                date(found, query.getPersonBirthTime().getValue(), "person.birthTime", true);
            }
            if (query.getPersonAddr() != null && query.getPersonAddr().getValue() != null) {
                postcodes(found, query.getPersonAddr().getValue(), "person.addr");
            }
        }
        return found.list;
    }

    /**
     * REPC_IN002171NL, as the simulator writes it: the counts name the lists; planned vaccinations have neither date
     * nor performer; objections are complete, with reason 1 or 2 and no batch number; dates are real.
     */
    static List<RuleViolation> check(REPCIN002171NLMessage message) {
        Found found = new Found();
        if (message.getControlActProcess() == null) {
            return found.list;
        }
        List<REPCIN002171NLSubject> subjects = message.getControlActProcess().getSubject();
        QueryAck ack = message.getControlActProcess().getQueryAck();
        if (ack != null) {
            count(found, ack.getResultTotalQuantity(), subjects.size(), "resultTotalQuantity");
            count(found, ack.getResultCurrentQuantity(), subjects.size(), "resultCurrentQuantity");
        }
        int position = 0;
        for (REPCIN002171NLSubject subject : subjects) {
            VaccinationAdministrationList list = subject.getVaccinationAdministrationList();
            if (list == null) {
                continue;
            }
            for (VaccinationAdministrationListComponent component : list.getComponent()) {
                position++;
                if (component.getSubstanceAdministration() != null) {
                    statusEntry(found, component.getSubstanceAdministration(), "entry " + position);
                }
            }
        }
        return found.list;
    }

    // ------------------------------------------------------------------ the parts

    private static void attentionLine(Found found, AttentionLinePatientId line, String payloadBsn, String payload) {
        if (line == null) {
            return;
        }
        ANY value = line.getValue();
        if (!(value instanceof nl.ddjgz.praeventis.hl7.v3.II id)
                || id.getNullFlavor() != null
                || !Oids.BSN.equals(id.getRoot())
                || V3.isBlank(id.getExtension())) {
            found.add(
                    RuleViolation.ATTENTION_LINE,
                    "the attention line's value must be an II with root " + Oids.BSN + " and the BSN as extension");
            return;
        }
        String attentionBsn = id.getExtension();
        if (!Bsn.isValid(attentionBsn)) {
            found.add(RuleViolation.BSN_INVALID, "the BSN in the attention line fails the elfproef");
        }
        if (payloadBsn != null && !attentionBsn.equals(payloadBsn)) {
            found.add(RuleViolation.BSN_MISMATCH, payload + " BSN is not the BSN in the attention line");
        }
    }

    private static void patient(Found found, nl.ddjgz.praeventis.hl7.v3.Patient patient) {
        if (patient == null || patient.getNullFlavor() != null) {
            return;
        }
        String bsn = V3.extension(patient.getId(), Oids.BSN);
        if (bsn != null && !Bsn.isValid(bsn)) {
            found.add(RuleViolation.BSN_INVALID, "the patient's BSN fails the elfproef");
        }
        if (patient.getPatientPerson() != null) {
            date(found, patient.getPatientPerson().getBirthTime(), "patient birthTime", true);
        }
        for (AD address : patient.getAddr()) {
            postcodes(found, address, "patient addr");
        }
        for (PatientSubjectOf subjectOf : patient.getSubjectOf1()) {
            AdministrativeObservation observation = subjectOf.getAdministrativeObservation();
            if (observation == null || observation.getValue() == null) {
                continue;
            }
            if (!(observation.getValue() instanceof CD schedule)
                    || !DKTP_SCHEDULES.contains(schedule.getCode())
                    || !Oids.DKTP_SCHEDULE.equals(schedule.getCodeSystem())) {
                found.add(
                        RuleViolation.DKTP_SCHEDULE,
                        "the DKTP schedule must be W0681 01 or 02 in code system " + Oids.DKTP_SCHEDULE);
            }
        }
    }

    private static void vaccinations(Found found, CareProvisionEvent event, boolean anonymised) {
        EncounterEvent encounter = event == null || event.getComponent() == null
                ? null
                : event.getComponent().getEncounterEvent();
        if (encounter == null) {
            found.add(RuleViolation.NO_ITEMS, "the message has no contact moment with vaccinations");
            return;
        }
        date(found, encounter.getEffectiveTime(), "the contact moment's date", true);
        if (encounter.getComponent().isEmpty()) {
            found.add(RuleViolation.NO_ITEMS, "the contact moment has no vaccination or objection");
        }
        int position = 0;
        for (EncounterEventComponent component : encounter.getComponent()) {
            position++;
            SubstanceAdministrationEvent vaccination = component.getSubstanceAdministrationEvent();
            if (vaccination != null) {
                vaccination(found, vaccination, anonymised, "item " + position);
            }
        }
    }

    private static void vaccination(
            Found found, SubstanceAdministrationEvent vaccination, boolean anonymised, String where) {
        boolean negation = Boolean.TRUE.equals(vaccination.isNegationInd());
        Objection objection = vaccination.getAuthorization();
        if (anonymised && (negation || objection != null)) {
            found.add(
                    RuleViolation.OBJECTION_IN_ANONYMISED,
                    where + ": an anonymised message (REPC_IN002145NL) cannot carry an objection");
        }
        objection(found, negation, objection, where);
        batch(found, negation || objection != null, JgzPayload.medicine(vaccination.getConsumable()), where);
        vaccineType(found, vaccination.getConsumable(), where);
        date(found, vaccination.getEffectiveTime(), where + ": the date", true);
    }

    private static void statusEntry(Found found, SubstanceAdministration entry, String where) {
        boolean negation = Boolean.TRUE.equals(entry.isNegationInd());
        if (entry.getMoodCode() == VaccinationMood.RMD
                && (entry.getEffectiveTime() != null || entry.getPerformer() != null)) {
            found.add(
                    RuleViolation.PLANNED_ITEM,
                    where + ": a planned vaccination (RMD) has its dates under limitation and no performer");
        }
        objection(found, negation, entry.getAuthorization(), where);
        boolean objection = negation || entry.getAuthorization() != null;
        AdministrableMedicine medicine = JgzPayload.medicine(entry.getConsumable());
        if (objection && medicine != null && text(medicine.getLotNumberText()) != null) {
            found.add(RuleViolation.BATCH_FORBIDDEN, where + ": an objection has no batch number");
        }
        vaccineType(found, entry.getConsumable(), where);
        date(found, entry.getEffectiveTime(), where + ": the date", false);
        for (Limitation limitation : entry.getLimitation()) {
            if (limitation.getDateCriterion() != null
                    && limitation.getDateCriterion().getValue() != null) {
                date(found, limitation.getDateCriterion().getValue(), where + ": a planned date", false);
            }
        }
    }

    private static void objection(Found found, boolean negation, Objection objection, String where) {
        if (negation != (objection != null)) {
            found.add(
                    RuleViolation.OBJECTION_INCOMPLETE,
                    where + ": negationInd=\"true\" and an authorization (the objection) go together");
        }
        if (objection == null) {
            return;
        }
        CD reason = JgzPayload.objectionValue(objection);
        if (reason == null
                || !OBJECTION_REASONS.contains(reason.getCode())
                || !Oids.OBJECTION_REASON.equals(reason.getCodeSystem())) {
            found.add(
                    RuleViolation.OBJECTION_REASON,
                    where + ": the objection's reason must be W0323 1 (medical) or 2 (principled) in code system "
                            + Oids.OBJECTION_REASON);
        }
    }

    private static void batch(Found found, boolean objection, AdministrableMedicine medicine, String where) {
        if (medicine == null) {
            return;
        }
        boolean hasBatch = text(medicine.getLotNumberText()) != null;
        if (objection && hasBatch) {
            found.add(RuleViolation.BATCH_FORBIDDEN, where + ": an objection has no batch number");
        } else if (!objection && !hasBatch) {
            found.add(RuleViolation.BATCH_REQUIRED, where + ": a vaccination needs its batch number");
        }
    }

    private static void vaccineType(Found found, Consumable consumable, String where) {
        AdministrableMedicine medicine = JgzPayload.medicine(consumable);
        CE type = medicine == null ? null : medicine.getCode();
        if (type == null) {
            return;
        }
        boolean coded = type.getNullFlavor() == null
                && !V3.isBlank(type.getCode())
                && Oids.VACCINE_TYPE.equals(type.getCodeSystem());
        boolean other = type.getNullFlavor() == NullFlavor.OTH
                && V3.isBlank(type.getCode())
                && V3.text(type.getOriginalText()) != null;
        if (!coded && !other) {
            found.add(
                    RuleViolation.VACCINE_TYPE,
                    where + ": the vaccine type is a W0422 code (" + Oids.VACCINE_TYPE
                            + ") or nullFlavor OTH with originalText");
        }
    }

    private static void date(Found found, TS ts, String what, boolean required) {
        String value = V3.value(ts);
        if (value == null) {
            if (required && ts != null) {
                found.add(RuleViolation.DATE_FORMAT, what + " has no value");
            }
            return;
        }
        try {
            Hl7Time.day(value);
        } catch (DateTimeException e) {
            found.add(RuleViolation.DATE_FORMAT, what + " is not a real date of at least YYYYMMDD");
        }
    }

    private static void postcodes(Found found, AD address, String what) {
        for (String postcode : JgzPayload.postcodes(address)) {
            if (!JgzPayload.POSTCODE.matcher(postcode).matches()) {
                found.add(RuleViolation.POSTCODE_FORMAT, what + ": a postcode is written \"1234 AB\"");
            }
        }
    }

    private static void count(Found found, INT quantity, int subjects, String what) {
        if (quantity != null
                && quantity.getValue() != null
                && !quantity.getValue().equals(BigInteger.valueOf(subjects))) {
            found.add(RuleViolation.RESULT_COUNT, what + " must count the lists (subject elements)");
        }
    }

    private static String text(nl.ddjgz.praeventis.hl7.v3.ED text) {
        return V3.text(text);
    }

    /** What the rules found, in order. */
    private static final class Found {

        private final List<RuleViolation> list = new ArrayList<>();

        void add(String code, String description) {
            list.add(new RuleViolation(code, description));
        }
    }
}
