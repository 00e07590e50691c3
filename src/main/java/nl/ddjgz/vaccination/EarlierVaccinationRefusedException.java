package nl.ddjgz.vaccination;

import nl.ddjgz.shared.RefusedException;

/** An earlier vaccination was refused (a date in the future or before birth, a type twice on a day); nothing stored. */
public class EarlierVaccinationRefusedException extends RefusedException {

    public EarlierVaccinationRefusedException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
