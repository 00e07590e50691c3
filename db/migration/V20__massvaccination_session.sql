-- Mass vaccination sessions (JGZ-2 use cases 3 and 4): the day's vaccine types with preset batches, the expected
-- children, and every scan at every desk.
create table mass_session (
    id            uuid         primary key,
    session_date  date         not null,
    location_id   bigint       not null references location (id),
    mode          varchar(12)  not null check (mode in ('BEFOREHAND', 'AFTERWARDS')),
    state         varchar(10)  not null check (state in ('OPEN', 'APPROVED')),
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null,
    approved_by   varchar(64),
    approved_at   timestamptz,
    version       bigint       not null
);
create index mass_session_date_ix on mass_session (session_date desc);

-- the day's vaccine types, each with the batch preset for the session
create table mass_session_vaccine (
    session_id     uuid         not null references mass_session (id),
    vaccine_type   varchar(10)  not null references vaccine_type (code),
    batch_number   varchar(40)  not null,
    batch_expiry   date,
    batch_checked  boolean      not null,
    product_name   varchar(200),
    primary key (session_id, vaccine_type)
);

-- the children invited (from a birth cohort of our dossiers, or an imported list); an import waits for confirmation
create table mass_expected_child (
    id            uuid         primary key,
    session_id    uuid         not null references mass_session (id),
    bsn           varchar(9)   not null check (bsn ~ '^[0-9]{9}$'),
    family_name   varchar(200) not null,
    given_names   varchar(200),
    birth_date    date         not null,
    source        varchar(6)   not null check (source in ('COHORT', 'CSV')),
    import_id     uuid,
    confirmed     boolean      not null
);
create unique index mass_expected_child_ux on mass_expected_child (session_id, bsn);

-- every scan; the id is made by the desk (a re-sent scan is the same row). A BSN counts once per session: the
-- partial unique index makes the second desk's simultaneous scan of the same card a refused duplicate.
create table mass_scan (
    id                 uuid         primary key,
    session_id         uuid         not null references mass_session (id),
    bsn                varchar(9)   check (bsn ~ '^[0-9]{9}$'),
    dossier_id         uuid         references child_dossier (id),
    outcome            varchar(20)  not null,
    counted            boolean      not null,
    manual             boolean      not null,
    desk               varchar(20)  not null,
    scanned_by         varchar(64)  not null,
    scanned_at         timestamptz  not null,
    removed_reason     varchar(12)  check (removed_reason in ('ABSENT', 'REFUSED', 'ILL')),
    removed_by         varchar(64),
    removed_at         timestamptz,
    contact_moment_id  uuid         references contact_moment (id)
);
create unique index mass_scan_once_ux on mass_scan (session_id, bsn) where counted;
create index mass_scan_session_ix on mass_scan (session_id, scanned_at);
