/**
 * Delivering vaccinations to Vaccicard, the register of Wallonia and Brussels (FHIR R4, profile BeVaccination): the
 * adapter of the registry port (one {@code Immunization} per vaccination, each sent as a conditional create; a
 * correction after acceptance sets them to {@code entered-in-error}) and its client (OAuth2 client credentials; with a
 * setting missing messages wait as STUCK with a text naming it). The package {@code fhir} ({@link nl.ddjgz.vaccicard.fhir}) builds and
 * checks the {@code Immunization} resources and reads the registry's {@code OperationOutcome}s, without Spring, HTTP or
 * a database; internal to the module (the development run's simulator reads what it receives on its own).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Vaccicard exchange",
        allowedDependencies = {"audit", "registry", "shared", "vaccinecodes"})
package nl.ddjgz.vaccicard;
