-- The OIDs under which this JGZ organisation issues its dossier numbers and contact-moment ids (the roots of
-- CareProvisionEvent/id and encounterEvent/id in the messages to Praeventis), editable by the administrator.
alter table organisation
    add column dossier_oid        varchar(64),
    add column contact_moment_oid varchar(64);
