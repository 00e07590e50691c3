-- Issue 15: what a desk of a mass session works with, as it changes during the session. Every change (a lot switched
-- for a vaccine type, the vaccinator who works there) is a new row with who and when; a scan keeps the row in use at
-- its desk at that moment, so the approval registers each child with its own lot and vaccinator. A scan without a row
-- (no change at its desk yet) goes with the session's preset lots.
create table mass_desk_setting (
    id              uuid         primary key,
    seq             bigint       generated always as identity,
    session_id      uuid         not null references mass_session (id),
    desk            varchar(20)  not null,
    changed         varchar(12)  not null check (changed in ('LOT', 'VACCINATOR')),
    changed_type    varchar(10),
    vaccinator      varchar(100),
    injection_site  varchar(12)  check (injection_site in ('LEFT_ARM', 'RIGHT_ARM', 'LEFT_THIGH', 'RIGHT_THIGH')),
    changed_by      varchar(64)  not null,
    changed_at      timestamptz  not null
);
create index mass_desk_setting_desk_ix on mass_desk_setting (session_id, desk, seq desc);

create table mass_desk_lot (
    setting_id     uuid         not null references mass_desk_setting (id),
    vaccine_type   varchar(10)  not null references vaccine_type (code),
    batch_number   varchar(40)  not null,
    batch_expiry   date,
    batch_checked  boolean      not null,
    product_name   varchar(200),
    primary key (setting_id, vaccine_type)
);

alter table mass_scan add column desk_setting_id uuid references mass_desk_setting (id);
