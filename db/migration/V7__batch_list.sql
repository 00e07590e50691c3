-- The register's lists of valid batch numbers (partijnummers). Every received list is kept: the newest is the current
-- list, the one before it is the fallback when no list arrived today, the rest is history.
create table batch_list (
    id           bigint generated always as identity primary key,
    received_at  timestamptz  not null,
    source       varchar(10)  not null check (source in ('REGISTER', 'UPLOAD', 'DEMO')),
    received_by  varchar(64),
    message_id   varchar(200),
    valid_from   timestamp,
    valid_to     timestamp,
    entry_count  integer      not null
);
create index batch_list_received_ix on batch_list (received_at desc);

create table batch_number (
    id            bigint generated always as identity primary key,
    list_id       bigint       not null references batch_list (id),
    vaccine_type  varchar(10),
    batch_number  varchar(40)  not null,
    expiry_date   date,
    product_code  varchar(40),
    product_name  varchar(200)
);
-- exact look-up of a typed or scanned number (case-insensitive)
create index batch_number_lookup_ix on batch_number (list_id, upper(batch_number));
-- type-ahead: numbers of one vaccine type starting with what was typed
create index batch_number_prefix_ix on batch_number (list_id, vaccine_type, upper(batch_number) text_pattern_ops);
