package nl.ddjgz.praeventis;

import nl.ddjgz.organisation.MessageIdentifiers;
import nl.ddjgz.organisation.Organisation;
import nl.ddjgz.praeventis.hl7.II;
import nl.ddjgz.praeventis.hl7.Oids;
import nl.ddjgz.praeventis.hl7.SendingSystem;
import nl.ddjgz.registry.UnsendableRegistrationException;

/**
 * What every message to Praeventis takes from the organisation's settings, checked in the official formats
 * ({@link MessageIdentifiers}): the organisation's URA, the UZI server certificate number of the sending
 * system, our application id, and the OIDs of our dossier numbers and contact moments. The official rules refuse a
 * message without them (e.g. an UZI number of other than 9 digits), so a missing or malformed one refuses the approval
 * with a Dutch text naming the administrator's setting, and nothing is queued.
 */
record PraeventisSender(
        String applicationId,
        SendingSystem system,
        II organisationId,
        String organisationName,
        String dossierOid,
        String contactMomentOid) {

    /**
     * @throws UnsendableRegistrationException naming the first setting that is missing or not in its official format
     */
    static PraeventisSender of(Organisation org) {
        // the official rules (COCT_MT150000 in the control act) identify the sending organisation by URA; an AGB code
        // alone is not enough
        if (!MessageIdentifiers.isUra(org.getUra())) {
            throw new UnsendableRegistrationException("registry.praeventis.setup.organisationId");
        }
        if (!MessageIdentifiers.isServerCertificate(org.getServerCertificateId())) {
            throw new UnsendableRegistrationException("registry.praeventis.setup.serverCertificate");
        }
        if (!MessageIdentifiers.isApplicationId(org.getApplicationId())) {
            throw new UnsendableRegistrationException("registry.praeventis.setup.applicationId");
        }
        if (!MessageIdentifiers.isOid(org.getDossierOid()) || !MessageIdentifiers.isOid(org.getContactMomentOid())) {
            throw new UnsendableRegistrationException("registry.praeventis.setup.oids");
        }
        return new PraeventisSender(
                org.getApplicationId(),
                new SendingSystem(org.getServerCertificateId(), org.getUra(), org.getName(), org.getCity()),
                new II(Oids.URA, org.getUra()),
                org.getName(),
                org.getDossierOid(),
                org.getContactMomentOid());
    }
}
