package nl.ddjgz.audit;

import java.util.UUID;

/** Which dossier an audit line is about: its id and the number users know it by. Never its BSN. */
public record DossierRef(UUID id, long number) {}
