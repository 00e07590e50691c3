/**
 * HL7 version 3 messages exchanged with Praeventis, the RIVM register: our own schema set
 * ({@code xsd/hl7v3}: data types, the AORTA transmission and control act wrappers, one schema per interaction), the
 * JAXB classes generated from it ({@code hl7.v3}, internal), and what the rest of the module uses: reading the nightly
 * batch-number list ({@link nl.ddjgz.praeventis.hl7.BatchListReader}, PRMM_IN010043NL), writing and reading the accept acknowledgement
 * ({@link nl.ddjgz.praeventis.hl7.Acknowledgement}, {@link nl.ddjgz.praeventis.hl7.AcknowledgementReader},
 * MCCI_IN000002), writing the vaccinations of a contact moment ({@link nl.ddjgz.praeventis.hl7.VaccinationMessageWriter},
 * REPC_IN002140NL with BSN or REPC_IN002145NL anonymised), asking for a child's vaccination status and reading the answer
 * ({@link nl.ddjgz.praeventis.hl7.StatusQueryWriter}, REPC_IN002170NL; {@link
 * nl.ddjgz.praeventis.hl7.StatusAnswerReader}, REPC_IN002171NL), checking any message
 * against the schema ({@link
 * nl.ddjgz.praeventis.hl7.Hl7Schemas}) and taking a message out of, or putting it into, a SOAP 1.1 envelope ({@link
 * nl.ddjgz.praeventis.hl7.Soap}).
 *
 * <p>Internal to the module except the named interface {@code hl7}: the types marked with it, which the batch module
 * needs to take the register's batch list and answer it (reader, message, acknowledgement, SOAP envelope, errors) and
 * the vaccination module to ask for a status ({@link nl.ddjgz.praeventis.hl7.StatusQuery}). The register's side
 * (reading registrations and status queries, writing batch lists, call lists and status answers) lives with the
 * development run's simulator, on the test classpath.
 *
 * <p>All XML is parsed without DOCTYPE, external entities or XInclude. A refused message raises {@link
 * nl.ddjgz.praeventis.hl7.InvalidMessageException} with the parser's errors (line, column, text) and the message rules
 * a schema cannot say that it breaks ({@link nl.ddjgz.praeventis.hl7.RuleViolation}, stable codes such as
 * BSN_MISMATCH or BATCH_REQUIRED); its own message never repeats message content. What we write is checked the same
 * way before it leaves: a message that fails is never sent.
 */
package nl.ddjgz.praeventis.hl7;
