package nl.ddjgz.praeventis;

import nl.ddjgz.registry.RegisterProfile;
import nl.ddjgz.registry.Registry;

/** The stored code and the profile of RIVM's register, as its adapter supplies them. */
public final class PraeventisRegister {

    /** The stored code of RIVM's register. */
    public static final Registry PRAEVENTIS = Registry.valueOf("PRAEVENTIS");

    /**
     * Praeventis: the child by BSN, objections taken, RIVM's consent decides between the child's data and an anonymised
     * message, a child without BSN goes on RIVM's paper form; status queries and call lists; a message that has left
     * is final (corrections by calling RIVM and recording the agreed request); answered at once.
     */
    public static final RegisterProfile PROFILE = RegisterProfile.builder(
                    PRAEVENTIS, RegisterProfile.IdentifierKind.BSN)
            .takesObjections()
            .anonymisesWithoutConsent()
            .paperFormWithoutIdentifier()
            .offersStatusQuery()
            .offersCallList()
            .correctsByRequest()
            .sentKey("registration.final");

    private PraeventisRegister() {}
}
