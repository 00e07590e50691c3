/**
 * A simulator of Vaccicard, for the default run and the tests on the embedded database: an OAuth2 token endpoint
 * (client credentials, {@code /simulator/vaccicard/oauth2/token}) and the FHIR {@code Immunization} endpoint
 * ({@code /simulator/vaccicard/fhir/Immunization}) that wants a valid bearer token (401 otherwise), checks every
 * resource against BeVaccination with the register's own reading of the JSON tree ({@link
 * nl.ddjgz.simulator.vaccicard.RegisterProfile}, not the sender's {@code vaccicard.fhir} rules; 422 with an {@code
 * OperationOutcome}), refuses
 * children it does not know (422), honours the conditional create (a re-sent resource is stored once and answered 200)
 * and takes updates to {@code entered-in-error}. Faults through the {@link nl.ddjgz.simulator.Faults} bean {@code
 * vaccicardFaults} and {@link nl.ddjgz.simulator.vaccicard.SimulatedVaccicard} (429 for the next requests, changed
 * credentials).
 */
package nl.ddjgz.simulator.vaccicard;
