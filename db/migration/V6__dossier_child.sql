-- The child's dossier (the vaccination part of the DD JGZ): identity, BRP address, DKTP schedule and consent.
create sequence child_dossier_number_seq start with 100001;

create table child_dossier (
    id                   uuid         primary key,
    dossier_number       bigint       not null unique default nextval('child_dossier_number_seq'),
    bsn                  varchar(9) check (bsn ~ '^[0-9]{9}$'),
    given_names          varchar(200) not null,
    name_prefix          varchar(20),
    family_name          varchar(200) not null,
    birth_date           date         not null,
    gender               varchar(2)   not null check (gender in ('M', 'F', 'UN')),
    street               varchar(200),
    house_number         integer,
    house_number_suffix  varchar(10),
    postcode             varchar(7) check (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
    city                 varchar(80),
    dktp_schedule        varchar(2) check (dktp_schedule in ('01', '02')),
    mother_hbsag_positive boolean     not null default false,
    consent_given        boolean,
    consent_source       varchar(2) check (consent_source in ('01', '03', '04', '05')),
    consent_date         date,
    consent_way          varchar(2) check (consent_way in ('01', '02', '03')),
    consent_end_date     date,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null
);
-- one dossier per BSN; children without BSN exist
create unique index child_dossier_bsn_ux on child_dossier (bsn) where bsn is not null;
create index child_dossier_name_birth_ix on child_dossier (lower(family_name), birth_date);
