package nl.ddjgz.massvaccination;

import nl.ddjgz.shared.RefusedException;

/** A session rule refused the action; nothing was stored. */
public class SessionRefusedException extends RefusedException {

    public SessionRefusedException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
