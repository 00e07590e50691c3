/**
 * The RVP schedule: which vaccinations belong to a child at a contact moment or are due on a date. The schedule is
 * reference data with validity by birth cohort (loaded by migrations); the vaccine types (W0422) and contact moments
 * (W0188 activities) live here too.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "RVP schedule",
        allowedDependencies = {})
package nl.ddjgz.schedule;
