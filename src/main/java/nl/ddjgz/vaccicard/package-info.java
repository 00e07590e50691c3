/**
 * Delivering vaccinations to Vaccicard, the register of Wallonia and Brussels (FHIR R4, profile BeVaccination). The
 * named interface {@code fhir} ({@link nl.ddjgz.vaccicard.fhir}) builds and checks the {@code Immunization} resources
 * and reads the registry's {@code OperationOutcome}s, without Spring, HTTP or a database, so that a simulator module
 * may use it as well.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vaccicard exchange")
package nl.ddjgz.vaccicard;
