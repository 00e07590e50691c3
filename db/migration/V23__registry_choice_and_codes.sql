-- Which register the organisation reports to, the language of its users (Dutch; French in Wallonia/Brussels), and
-- what the Belgian registers need of it: its eHealth id (NIHII or KBO number of the entity's certificate) and the
-- Vaccinnet software id (pakket / SoftwareId: at most 50 characters, integrator_software[_organisation]).
alter table organisation
    add column registry    varchar(20) not null default 'PRAEVENTIS'
        check (registry in ('PRAEVENTIS', 'VACCINNET_BATCH', 'VACCINNET_DIRECT', 'VACCICARD')),
    add column language    varchar(2)  not null default 'nl' check (language in ('nl', 'fr')),
    add column ehealth_id  varchar(11) check (ehealth_id ~ '^[0-9]{8,11}$'),
    add column software_id varchar(50);

-- Our vaccine types in the Belgian registers' codes, kept as data the administrator edits: the product (CNK code of
-- the pack and its name, KMEHR CD-DRUG-CNK), the KMEHR vaccine indications (CD-VACCINEINDICATION) and the SNOMED CT
-- code of the BeVaccination value set. A type without a CNK code cannot be sent to a Belgian register (the approval
-- says so). The CNK codes below are placeholders for the demo: enter those of the packs in use.
create table registry_vaccine_code (
    vaccine_type_code varchar(10)  primary key references vaccine_type (code),
    cnk               varchar(7)   check (cnk ~ '^[0-9]{7}$'),
    product_name      varchar(200),
    kmehr_indications varchar(400) not null default '',
    snomed_code       varchar(20)  check (snomed_code ~ '^[0-9]{6,18}$'),
    snomed_display    varchar(200),
    lot_required      boolean      not null default false,
    updated_at        timestamptz,
    updated_by        varchar(64),
    version           bigint       not null default 0
);

insert into registry_vaccine_code (vaccine_type_code, cnk, product_name, kmehr_indications, snomed_code, snomed_display)
values
    ('11', '3187011', 'Hexyon', 'diphteria,tetanus,pertussis,poliomyelitis,hib,hepatitisb', '871895005',
     'Hexavalent vaccine'),
    ('10', '3187029', 'Infanrix-IPV+Hib', 'diphteria,tetanus,pertussis,poliomyelitis,hib', null, null),
    ('17', '3187037', 'Tetravac', 'diphteria,tetanus,pertussis,poliomyelitis', '871878002', 'DTaP-IPV vaccine'),
    ('27', '3187045', 'Boostrix Polio', 'diphteria,tetanus,pertussis,poliomyelitis', '871878002',
     'DTaP-IPV vaccine'),
    ('04', '3187052', 'M-M-RvaxPro', 'measles,mumps,rubella', '871831003', 'MMR vaccine'),
    ('28', '3187060', 'Nimenrix', 'meningitisc', '871873006', 'MenACWY vaccine'),
    ('08', '3187078', 'Prevenar 13', '', '981000221107', 'Pneumococcal vaccine'),
    ('29', '3187086', 'Rotarix', 'rotavirus', '871761004', 'Rotavirus vaccine'),
    ('09', '3187094', 'Gardasil 9', 'papillomavirus', '911000221103', 'HPV vaccine'),
    ('05', '3187102', 'Engerix-B Junior', 'hepatitisb', '871822003', 'Hepatitis B vaccine'),
    ('RSV', '3187110', 'Beyfortus', '', '51311000087100', 'RSV immunisation');
