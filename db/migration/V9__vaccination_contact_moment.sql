-- A contact moment (W0188 activity) at which vaccinations are registered, and its vaccination lines.
create table contact_moment (
    id             uuid         primary key,
    dossier_id     uuid         not null references child_dossier (id),
    activity       varchar(2)   not null,
    moment_date    date         not null,
    location_id    bigint       references location (id),
    state          varchar(10)  not null check (state in ('DRAFT', 'APPROVED', 'WITHDRAWN')),
    rivm_form      varchar(10)  not null default 'NONE' check (rivm_form in ('NONE', 'NEEDED', 'REPORTED')),
    created_by     varchar(64)  not null,
    created_at     timestamptz  not null,
    approved_by    varchar(64),
    approved_at    timestamptz,
    withdrawn_by   varchar(64),
    withdrawn_at   timestamptz,
    withdraw_reason varchar(200),
    version        bigint       not null
);
create index contact_moment_dossier_ix on contact_moment (dossier_id, moment_date desc);

create table vaccination (
    id                        uuid         primary key,
    contact_moment_id         uuid         not null references contact_moment (id),
    dossier_id                uuid         not null references child_dossier (id),
    line_no                   integer      not null,
    vaccine_type              varchar(10)  not null references vaccine_type (code),
    vaccination_date          date         not null,
    outcome                   varchar(10)  not null check (outcome in ('PENDING', 'GIVEN', 'OBJECTION', 'POSTPONED')),
    batch_number              varchar(40),
    batch_expiry              date,
    batch_checked             boolean      not null default false,
    product_name              varchar(200),
    pack_gtin                 varchar(14),
    pack_serial               varchar(20),
    objection_reason          varchar(1)   check (objection_reason in ('1', '2')),
    objection_scope           varchar(10)  check (objection_scope in ('TODAY', 'PROGRAMME')),
    medical_adviser_consulted boolean,
    postponement_reason       varchar(200),
    state                     varchar(10)  not null check (state in ('DRAFT', 'APPROVED', 'WITHDRAWN')),
    approved_by               varchar(64),
    approved_at               timestamptz,
    -- a given vaccination has a batch number; an objection never has one
    constraint vaccination_batch_rule check (
        (outcome = 'GIVEN' and batch_number is not null)
        or (outcome <> 'GIVEN' and batch_number is null)),
    constraint vaccination_objection_rule check ((outcome = 'OBJECTION') = (objection_reason is not null))
);
create index vaccination_dossier_ix on vaccination (dossier_id, vaccination_date);
create index vaccination_batch_ix on vaccination (upper(batch_number)) where batch_number is not null;
-- a child gets a vaccine type at most once a day
create unique index vaccination_once_a_day_ux on vaccination (dossier_id, vaccine_type, vaccination_date)
    where state = 'APPROVED' and outcome in ('GIVEN', 'OBJECTION');

-- A principled objection to the whole programme, recorded on the dossier and shown at every later contact moment.
create table programme_objection (
    id                uuid         primary key,
    dossier_id        uuid         not null references child_dossier (id),
    contact_moment_id uuid         not null references contact_moment (id),
    recorded_by       varchar(64)  not null,
    recorded_at       timestamptz  not null
);
create index programme_objection_dossier_ix on programme_objection (dossier_id);

-- After dispatch a registration cannot change here: a correction request records what was agreed with RIVM.
create table correction_request (
    id                uuid         primary key,
    contact_moment_id uuid         not null references contact_moment (id),
    dossier_id        uuid         not null references child_dossier (id),
    what_is_wrong     varchar(1000) not null,
    rivm_called       boolean      not null,
    agreement         varchar(1000) not null,
    rivm_contact      varchar(200) not null,
    agreed_on         date         not null,
    recorded_by       varchar(64)  not null,
    recorded_at       timestamptz  not null
);
create index correction_request_dossier_ix on correction_request (dossier_id);
