-- Vaccination call lists (oproeplijsten, REPC_IN002160NL) as Praeventis sends them: one row per list (its message id
-- once, however often it is re-sent) and one per child called, with the vaccinations it is called for.
create table call_list (
    id          uuid         primary key,
    message_id  varchar(300) not null unique,
    received_at timestamptz  not null,
    sender      varchar(100),
    children    integer      not null
);

create table call_list_child (
    id                  bigint generated always as identity primary key,
    call_list_id        uuid         not null references call_list (id),
    position            integer      not null,
    bsn                 varchar(9),
    rivm_number         varchar(40),
    given_names         varchar(200),
    name_prefix         varchar(40),
    family_name         varchar(200),
    birth_date          date         not null,
    gender              varchar(3),
    postcode            varchar(7),
    house_number        integer,
    house_number_suffix varchar(20),
    city                varchar(80),
    -- the W0422 codes called for, comma-separated ('?' for an uncoded one); the earliest planned day if any
    vaccine_types       varchar(200) not null,
    planned_date        date,
    unique (call_list_id, position)
);
create index call_list_child_bsn on call_list_child (bsn);
