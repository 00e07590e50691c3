/**
 * A simulator of Vaccinnet's RegistratieService (synchronous add, remove and get of a physician's vaccinations, one
 * patient per request) at {@code /simulator/vaccinnet/registratie}, for the default run and the tests on the embedded
 * database: it checks requests with our schema and the KMEHR rules, keeps what it accepted in memory under generated
 * VaccinationIds (a re-sent KMEHR transaction is stored once), refuses chosen people and products as the registry
 * does, and injects faults through its own {@link nl.ddjgz.simulator.Faults} (qualifier {@code
 * vaccinnetRegistratieFaults}).
 */
package nl.ddjgz.simulator.vaccinnet;
