package nl.ddjgz.vaccicard;

import nl.ddjgz.registry.RegisterProfile;
import nl.ddjgz.registry.Registry;

/** The stored code and the profile of Vaccicard, as its adapter supplies them. */
public final class VaccicardRegister {

    /** The stored code of Vaccicard. */
    public static final Registry VACCICARD = Registry.valueOf("VACCICARD");

    /**
     * Vaccicard: the child by INSZ; objections taken ({@code not-done}); answered at once; a registration it took is
     * retracted as entered-in-error.
     */
    public static final RegisterProfile PROFILE = RegisterProfile.builder(
                    VACCICARD, RegisterProfile.IdentifierKind.INSZ)
            .takesObjections()
            .retractsAfterDispatch()
            .needsEhealthId()
            .sentKey("registration.inTransit");

    private VaccicardRegister() {}
}
