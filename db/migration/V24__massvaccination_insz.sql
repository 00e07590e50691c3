-- Mass vaccination for Belgian organisations: the child on the expected list and in a scan is identified by a BSN
-- (Dutch organisations) or an INSZ (Belgian organisations, rijksregisternummer). The column keeps the digits, the kind
-- says which number it is; existing rows are BSNs. The unique indexes on (session_id, bsn) follow the renamed column:
-- a BSN has nine digits and an INSZ eleven, so the two kinds never collide.
alter table mass_expected_child rename column bsn to identifier;
alter table mass_expected_child alter column identifier type varchar(11);
alter table mass_expected_child drop constraint mass_expected_child_bsn_check;
alter table mass_expected_child add column identifier_kind varchar(4) not null default 'BSN';
alter table mass_expected_child alter column identifier_kind drop default;
alter table mass_expected_child add constraint mass_expected_child_identifier_check check (
    (identifier_kind = 'BSN' and identifier ~ '^[0-9]{9}$') or (identifier_kind = 'INSZ' and identifier ~ '^[0-9]{11}$'));

alter table mass_scan rename column bsn to identifier;
alter table mass_scan alter column identifier type varchar(11);
alter table mass_scan drop constraint mass_scan_bsn_check;
alter table mass_scan add column identifier_kind varchar(4) not null default 'BSN';
alter table mass_scan alter column identifier_kind drop default;
alter table mass_scan add constraint mass_scan_identifier_check check (
    identifier_kind in ('BSN', 'INSZ') and (identifier is null
        or (identifier_kind = 'BSN' and identifier ~ '^[0-9]{9}$')
        or (identifier_kind = 'INSZ' and identifier ~ '^[0-9]{11}$')));

-- Vaccinnet's group upload (CSV in the registry's web application): which child of a session was in a downloaded
-- group file, per vaccine type. At approval these children's web-service messages are withdrawn in the same
-- transaction, so nothing is registered twice.
create table mass_group_file_child (
    scan_id        uuid         not null references mass_scan (id),
    vaccine_type   varchar(10)  not null references vaccine_type (code),
    downloaded_by  varchar(64)  not null,
    downloaded_at  timestamptz  not null,
    primary key (scan_id, vaccine_type)
);
