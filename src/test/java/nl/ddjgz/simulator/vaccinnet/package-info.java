/**
 * Simulators of Vaccinnet's two web services, for the default run and the tests on the embedded database. Both read
 * what they receive with the registry's own reading, independent of the sender's ({@code vaccinnet.kmehr}, {@code
 * vaccinnet.ws}): the SOAP requests and replies on a plain DOM after the contract schemas ({@link
 * nl.ddjgz.simulator.vaccinnet.RegistratieMessages}, {@link nl.ddjgz.simulator.vaccinnet.BatchUploadMessages}), the
 * KMEHR messages by their element names with the registry's rules ({@link nl.ddjgz.simulator.vaccinnet.RegisterKmehr});
 * they keep what they accepted in memory.
 *
 * <ul>
 *   <li>BatchUpload at {@code /simulator/vaccinnet/batchupload}: takes an upload of up to 500 persons with a valid
 *       pakket and answers a transaction id (or a {@code foutCode}); keeps it unprocessed until a processing run (on
 *       the schedule {@code ddjgz.simulator.vaccinnet.batch-upload.process-cron}, 9h, 12h and 20h Brussels time, or
 *       {@code POST …/process}); then answers the result per patient and KMEHR transaction (OK,
 *       ZORGVRAGER_NIET_GEVONDEN, LOT_ONTBREEKT). A KMEHR transaction already registered is registered once. Faults
 *       through the {@link nl.ddjgz.simulator.Faults} bean {@code batchUploadSimulatorFaults}, also by form post to
 *       {@code …/faults}; counts at {@code GET …/received}.
 *   <li>RegistratieService at {@code /simulator/vaccinnet/registratie}: synchronous add, remove and get of a
 *       physician's vaccinations, one patient per request; stores under generated VaccinationIds (a re-sent KMEHR
 *       transaction is stored once, a repeated removal is OK), refuses chosen people and products as the registry
 *       does, and injects faults through the bean {@code vaccinnetRegistratieFaults}.
 * </ul>
 */
package nl.ddjgz.simulator.vaccinnet;
