-- The outbox serves every registry (Praeventis, Vaccinnet, Vaccicard): each message records the registry it was
-- built for and is delivered by that registry's adapter. A registry that processes later (Vaccinnet BatchUpload)
-- answers with a transaction id (SUBMITTED, polled at poll_at); a registry that returns ids for what it stored
-- (Vaccinnet RegistratieService: VaccinationId, Vaccicard: Immunization id) has them kept in remote_id, so a
-- correction after dispatch can retract them (operation RETRACT) where the registry allows it.
alter table praeventis_message rename to registry_message;
alter table praeventis_attempt rename to registry_attempt;
alter index praeventis_message_state_ix rename to registry_message_state_ix;
alter index praeventis_message_contact_moment_ix rename to registry_message_contact_moment_ix;
alter index praeventis_message_dossier_ix rename to registry_message_dossier_ix;
alter index praeventis_message_id_ux rename to registry_message_id_ux;
alter index praeventis_message_due_ix rename to registry_message_due_ix;
alter index praeventis_attempt_message_ix rename to registry_attempt_message_ix;

alter table registry_message
    add column registry   varchar(20) not null default 'PRAEVENTIS'
        check (registry in ('PRAEVENTIS', 'VACCINNET_BATCH', 'VACCINNET_DIRECT', 'VACCICARD')),
    add column operation  varchar(8)  not null default 'REGISTER' check (operation in ('REGISTER', 'RETRACT')),
    add column retracts   uuid references registry_message (id),
    add column remote_id  varchar(2000),
    add column poll_at    timestamptz;
alter table registry_message alter column registry drop default;

alter table registry_message drop constraint praeventis_message_state_check;
alter table registry_message add constraint registry_message_state_check
    check (state in ('QUEUED', 'SENDING', 'SENT', 'SUBMITTED', 'ACKNOWLEDGED', 'NEEDS_ACTION', 'STUCK', 'WITHDRAWN',
                     'RETRACTED'));
alter table registry_message alter column ack_code type varchar(40);

-- a contact moment has at most one live registration message (withdrawn and retracted ones are history)
drop index praeventis_message_live_ux;
create unique index registry_message_live_ux on registry_message (contact_moment_id)
    where state not in ('WITHDRAWN', 'RETRACTED') and operation = 'REGISTER';
create index registry_message_poll_ix on registry_message (poll_at) where state = 'SUBMITTED';
