/**
 * The exchange with Praeventis, the RIVM register: the outbox of messages (our own table, queued in the same
 * transaction as an approval, visible to users, withdrawn by a correction before dispatch), the HL7v3 messages and
 * their schema check, the dispatcher and the status query; the batch list the register pushes nightly or an
 * administrator uploads ({@link nl.ddjgz.praeventis.BatchListReceipt}, stored by the batch module) and the call lists.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Praeventis exchange",
        allowedDependencies = {"audit", "batch", "organisation", "registry", "shared"})
package nl.ddjgz.praeventis;
