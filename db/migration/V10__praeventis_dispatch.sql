-- Delivery of the outbox to Praeventis: the message as it leaves (built and schema-checked at approval), its HL7 id
-- (the same on every retry), the dispatcher's claim with a lease, retry schedule and the register's answer.
alter table praeventis_message
    add column message_id      varchar(64),
    add column payload         text,
    add column attempts        integer      not null default 0,
    add column next_attempt_at timestamptz,
    add column claimed_by      varchar(64),
    add column lease_until     timestamptz,
    add column sent_at         timestamptz,
    add column acknowledged_at timestamptz,
    add column ack_code        varchar(2),
    add column ack_text        varchar(2000),
    add column last_error      varchar(500);

update praeventis_message set next_attempt_at = queued_at where next_attempt_at is null;
create unique index praeventis_message_id_ux on praeventis_message (message_id) where message_id is not null;
create index praeventis_message_due_ix on praeventis_message (queued_at)
    where state in ('QUEUED', 'SENDING');

-- Every delivery attempt, for the queue page and the administrator.
create table praeventis_attempt (
    id           bigint generated always as identity primary key,
    message      uuid         not null references praeventis_message (id),
    node         varchar(64)  not null,
    started_at   timestamptz  not null,
    finished_at  timestamptz  not null,
    outcome      varchar(16)  not null,
    http_status  integer,
    detail       varchar(500)
);
create index praeventis_attempt_message_ix on praeventis_attempt (message, started_at);
