-- The audit trail (in the spirit of NEN 7513): who did what with which dossier, when and from where.
-- Append-only: rows can be inserted and read, never changed or removed.
create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    username       varchar(64),
    user_role      varchar(32),
    action         varchar(40)  not null,
    outcome        varchar(16)  not null,
    dossier_id     uuid,
    dossier_number bigint,
    detail         varchar(500),
    remote_address varchar(64)
);
create index audit_event_dossier_ix on audit_event (dossier_number, occurred_at);
create index audit_event_user_ix on audit_event (lower(username), occurred_at);
create index audit_event_time_ix on audit_event (occurred_at);

create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end;
$$;

create trigger audit_event_no_change
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

-- In production the application connects with its own role (see README): it may only add and read.
revoke update, delete, truncate on audit_event from public;
