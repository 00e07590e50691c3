/**
 * The small shared kernel every module may use: the {@link nl.ddjgz.shared.Bsn} value object with its elfproef and
 * form constraint, the Belgian identities ({@link nl.ddjgz.shared.Insz} of a child, {@link nl.ddjgz.shared.Nihii} of
 * a professional) with theirs, the Dutch postcode, and how a missing thing becomes a 404 page.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared kernel",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.ddjgz.shared;
