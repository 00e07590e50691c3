/**
 * A simulator of Praeventis, the RIVM register, for the default run and the tests (the real register cannot be
 * reached from here): a real HTTP endpoint that validates registrations against the schema, answers with accept
 * acknowledgements (CA, CE, CR), remembers what it received (a re-sent message id is not registered twice), answers
 * status queries, pushes the nightly batch list, and injects faults on request. Never active in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Praeventis simulator")
package nl.ddjgz.simulator;
