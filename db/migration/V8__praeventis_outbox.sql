-- Messages for Praeventis (our own outbox, visible to users). Written in the same transaction as the approval.
-- content holds everything the message needs, as it was at approval (the register gets what was approved).
create table praeventis_message (
    id                 uuid         primary key,
    contact_moment_id  uuid         not null,
    dossier_id         uuid         not null,
    location_id        bigint,
    kind               varchar(12)  not null check (kind in ('WITH_BSN', 'ANONYMISED')),
    state              varchar(14)  not null
        check (state in ('QUEUED', 'SENDING', 'SENT', 'ACKNOWLEDGED', 'NEEDS_ACTION', 'STUCK', 'WITHDRAWN')),
    content            jsonb        not null,
    queued_at          timestamptz  not null,
    queued_by          varchar(64)  not null,
    withdrawn_at       timestamptz,
    withdrawn_by       varchar(64),
    withdraw_reason    varchar(200),
    version            bigint       not null
);
create index praeventis_message_state_ix on praeventis_message (state, queued_at);
create index praeventis_message_contact_moment_ix on praeventis_message (contact_moment_id);
create index praeventis_message_dossier_ix on praeventis_message (dossier_id);
-- a contact moment has at most one message that is not withdrawn
create unique index praeventis_message_live_ux on praeventis_message (contact_moment_id) where state <> 'WITHDRAWN';
