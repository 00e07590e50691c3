/**
 * The small shared kernel every module may use: the {@link nl.ddjgz.shared.Bsn} value object with its elfproef and
 * form constraint, the Dutch postcode, and how a missing thing becomes a 404 page.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared kernel",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.ddjgz.shared;
