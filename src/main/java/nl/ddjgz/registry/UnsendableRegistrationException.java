package nl.ddjgz.registry;

import nl.ddjgz.shared.RefusedException;

/**
 * The registration cannot be sent to the organisation's register as it is (no INSZ, no NIHII for the professional,
 * a vaccine type without a product code, a missing lot number where the register requires one): the approval is
 * refused with this message key (texts in the bundles, Dutch or French) and nothing is stored. Carries no personal
 * data.
 */
public class UnsendableRegistrationException extends RefusedException {

    public UnsendableRegistrationException(String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
    }
}
