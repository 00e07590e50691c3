package nl.ddjgz.vaccinnet.kmehr;

/**
 * A healthcare party: the sender of a message (an organisation or a physician) or the author of a vaccination (a
 * physician or a nurse, as CD-HCPARTY persphysician / persnurse). {@code nihii}: the NIHII/RIZIV number, 11 digits; {@code name}: the organisation's name or the
 * physician's full name (written as KMEHR {@code name}).
 */
public record Party(String nihii, String name, PartyKind kind) {}
