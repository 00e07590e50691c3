package nl.ddjgz.vaccination;

import nl.ddjgz.shared.RefusedException;

/** A registration rule refused the action; nothing was stored. */
public class RegistrationRefusedException extends RefusedException {

    public RegistrationRefusedException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
