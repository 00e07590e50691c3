package nl.ddjgz.vaccinnet.ws;

import java.util.List;
import nl.ddjgz.shared.xml.XmlError;
import nl.ddjgz.shared.xml.XmlRefusedException;

/**
 * A Vaccinnet web-service message that is not XML, not a SOAP 1.1 envelope, not the expected element, does not
 * validate against our reading of the contract, or carries a PatientId that is not a valid INSZ. Texts are the
 * parser's and validator's, with digit runs of nine or more masked; the exception never carries an INSZ.
 */
public class InvalidWsMessageException extends XmlRefusedException {

    public InvalidWsMessageException(String what, List<XmlError> errors) {
        super(what, errors);
    }
}
