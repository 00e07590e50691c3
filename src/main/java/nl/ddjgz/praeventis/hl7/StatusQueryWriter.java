package nl.ddjgz.praeventis.hl7;

import java.util.List;
import java.util.Objects;
import nl.ddjgz.praeventis.hl7.v3.AD;
import nl.ddjgz.praeventis.hl7.v3.AcceptAckCodeValue;
import nl.ddjgz.praeventis.hl7.v3.AdministrativeGender;
import nl.ddjgz.praeventis.hl7.v3.IIBsn;
import nl.ddjgz.praeventis.hl7.v3.IIRootAndExtension;
import nl.ddjgz.praeventis.hl7.v3.ParameterAddress;
import nl.ddjgz.praeventis.hl7.v3.ParameterBirthTime;
import nl.ddjgz.praeventis.hl7.v3.ParameterGender;
import nl.ddjgz.praeventis.hl7.v3.ParameterName;
import nl.ddjgz.praeventis.hl7.v3.ParameterPatientId;
import nl.ddjgz.praeventis.hl7.v3.QueryStatusCodeExecuting;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002170NLControlActProcess;
import nl.ddjgz.praeventis.hl7.v3.REPCIN002170NLMessage;
import nl.ddjgz.praeventis.hl7.v3.ResponseModalityCodeRealTime;
import nl.ddjgz.praeventis.hl7.v3.ResponsePriorityCodeImmediate;
import nl.ddjgz.praeventis.hl7.v3.TemplateId181;
import nl.ddjgz.praeventis.hl7.v3.VaccinationStatusQuery;

/**
 * Writes the status query REPC_IN002170NL (praeventis-messages.md §4): the BSN in the attention line,
 * queryByParameter (template .181) with the query id, statusCode executing, response modality R, priority I, the BSN as
 * patientId and, when known, address (house number, suffix, postcode), gender, birth date and name for the register's
 * identity check. Accept acknowledgement NE: the answer is REPC_IN002171NL. Thread-safe.
 *
 * <p>Checked like every message we send: against our schema and the message rules (BSN elfproef, the attention line's
 * BSN equal to patientId, a real birth date, postcode "1234 AB"); a query that fails never leaves.
 */
public final class StatusQueryWriter {

    /**
     * @throws InvalidMessageException when the query would not validate or breaks a message rule
     * @throws NullPointerException when the message id, creation time, sender, receiver, author, query id or BSN is
     *     missing
     */
    public byte[] write(StatusQuery query) {
        Objects.requireNonNull(query.messageId(), "messageId");
        Objects.requireNonNull(query.creationTime(), "creationTime");
        Objects.requireNonNull(query.sender(), "sender");
        Objects.requireNonNull(query.receiver(), "receiver");
        Objects.requireNonNull(query.author(), "author");
        Objects.requireNonNull(query.queryId(), "queryId");
        Objects.requireNonNull(query.bsn(), "bsn");
        REPCIN002170NLMessage message = new REPCIN002170NLMessage();
        V3.head(message, query.messageId(), query.creationTime(), StatusQuery.INTERACTION, AcceptAckCodeValue.NE);
        message.setAttentionLine(V3.attentionLine(query.bsn()));
        message.getReceiver().add(V3.receiver(query.receiver()));
        message.setSender(V3.sender(query.sender()));
        REPCIN002170NLControlActProcess act = new REPCIN002170NLControlActProcess();
        act.setClassCode(nl.ddjgz.praeventis.hl7.v3.ControlActClass.CACT);
        act.setMoodCode("EVN");
        act.getAuthorOrPerformer().add(V3.authorOrPerformer(query.author()));
        act.setQueryByParameter(parameters(query));
        message.setControlActProcess(act);
        List<RuleViolation> violations = MessageRules.check(message);
        byte[] xml = Jaxb.marshalUnchecked(V3.FACTORY.createREPCIN002170NL(message), false);
        List<ValidationError> errors = Hl7Schemas.get().validate(xml, StatusQuery.INTERACTION);
        if (!errors.isEmpty() || !violations.isEmpty()) {
            throw new InvalidMessageException(StatusQuery.INTERACTION, errors, violations);
        }
        return xml;
    }

    private static VaccinationStatusQuery parameters(StatusQuery query) {
        VaccinationStatusQuery parameters = new VaccinationStatusQuery();
        TemplateId181 template = new TemplateId181();
        template.setRoot(Oids.STATUS_QUERY_TEMPLATE);
        parameters.setTemplateId(template);
        parameters.setQueryId(V3.id(new IIRootAndExtension(), query.queryId()));
        QueryStatusCodeExecuting status = new QueryStatusCodeExecuting();
        status.setCode("executing");
        parameters.setStatusCode(status);
        ResponseModalityCodeRealTime modality = new ResponseModalityCodeRealTime();
        modality.setCode("R");
        parameters.setResponseModalityCode(modality);
        ResponsePriorityCodeImmediate priority = new ResponsePriorityCodeImmediate();
        priority.setCode("I");
        parameters.setResponsePriorityCode(priority);
        IIBsn bsn = new IIBsn();
        bsn.setRoot(Oids.BSN);
        bsn.setExtension(query.bsn());
        ParameterPatientId patientId = new ParameterPatientId();
        patientId.setValue(bsn);
        parameters.setPatientId(patientId);
        StatusQuery.Person person = query.person();
        if (person == null) {
            return parameters;
        }
        if (person.hasAddress()) {
            AD address =
                    JgzPayload.address(null, person.houseNumber(), person.houseNumberSuffix(), person.postcode(), null);
            ParameterAddress parameter = new ParameterAddress();
            parameter.setValue(address);
            parameters.setPersonAddr(parameter);
        }
        if (person.gender() != null) {
            ParameterGender parameter = new ParameterGender();
            parameter.setValue(JgzPayload.gender(new AdministrativeGender(), person.gender()));
            parameters.setPersonAdministrativeGender(parameter);
        }
        if (person.birthDate() != null) {
            ParameterBirthTime parameter = new ParameterBirthTime();
            parameter.setValue(JgzPayload.date(person.birthDate()));
            parameters.setPersonBirthTime(parameter);
        }
        if (person.hasName()) {
            ParameterName parameter = new ParameterName();
            parameter.setValue(JgzPayload.name(person.givenNames(), person.namePrefix(), person.familyName()));
            parameters.setPersonName(parameter);
        }
        return parameters;
    }
}
