/**
 * FHIR R4 for Vaccicard, written against the Belgian profile BeVaccination 1.1.2 (hl7.fhir.be.vaccination; the
 * package cannot be fetched here, so its rules live in code and tests): {@link nl.ddjgz.vaccicard.fhir.BeVaccination}
 * is what we know of one vaccination, {@link nl.ddjgz.vaccicard.fhir.BeVaccinations} turns it into an {@code
 * Immunization} (and marks a sent one entered-in-error), {@link nl.ddjgz.vaccicard.fhir.BeVaccinationRules} checks an
 * {@code Immunization} against the profile's rules exactly (cardinalities, fixed URLs, required bindings, invariants)
 * with stable violation codes, {@link nl.ddjgz.vaccicard.fhir.BeValueSets} holds the required value sets (the
 * shipped lists of the profile, or the administrator's copy), {@link nl.ddjgz.vaccicard.fhir.FhirJson} encodes and
 * parses JSON with one shared {@code FhirContext}, and {@link nl.ddjgz.vaccicard.fhir.OperationOutcomes} reads,
 * builds and summarises the registry's answers.
 *
 * <p>Pure code: no Spring beans, no HTTP, no database. Nothing here puts an INSZ into a message, an exception or a
 * {@code toString()}.
 */
package nl.ddjgz.vaccicard.fhir;
