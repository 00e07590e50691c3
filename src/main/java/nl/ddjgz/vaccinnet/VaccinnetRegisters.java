package nl.ddjgz.vaccinnet;

import nl.ddjgz.registry.RegisterProfile;
import nl.ddjgz.registry.Registry;

/** The stored codes and the profiles of Vaccinnet's two web services, as their adapters supply them. */
public final class VaccinnetRegisters {

    /** The stored code of Vaccinnet's BatchUpload service. */
    public static final Registry VACCINNET_BATCH = Registry.valueOf("VACCINNET_BATCH");

    /**
     * Vaccinnet BatchUpload: the child by INSZ; administered vaccinations only (objections stay in the dossier); the
     * group file; processed later (polled); corrections after dispatch are made in Vaccinnet's web application.
     */
    public static final RegisterProfile BATCH = RegisterProfile.builder(
                    VACCINNET_BATCH, RegisterProfile.IdentifierKind.INSZ)
            .offersGroupFile()
            .processesLater()
            .needsEhealthId()
            .needsSoftwareId()
            .sentKey("registration.final.webApplication");

    /** The stored code of Vaccinnet's RegistratieService. */
    public static final Registry VACCINNET_DIRECT = Registry.valueOf("VACCINNET_DIRECT");

    /**
     * Vaccinnet RegistratieService: the child by INSZ; administered vaccinations only (objections stay in the dossier);
     * the group file; answered at once; a registration it took is retracted by RemoveVaccination.
     */
    public static final RegisterProfile DIRECT = RegisterProfile.builder(
                    VACCINNET_DIRECT, RegisterProfile.IdentifierKind.INSZ)
            .offersGroupFile()
            .retractsAfterDispatch()
            .needsEhealthId()
            .needsSoftwareId()
            .sentKey("registration.inTransit");

    private VaccinnetRegisters() {}
}
