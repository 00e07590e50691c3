/**
 * The small shared kernel every module may use: the {@link nl.ddjgz.shared.Bsn} value object with its elfproef and
 * form constraint, the Belgian identities ({@link nl.ddjgz.shared.Insz} of a child, {@link nl.ddjgz.shared.Nihii} of
 * a professional) with theirs, the Dutch postcode, how a missing thing becomes a 404 page, and ({@code shared.xml})
 * secure XML parsing, schema checks, JAXB and SOAP 1.1 envelopes for the registry exchanges.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared kernel",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.ddjgz.shared;
