-- Vaccine types (W0422, code system 2.16.840.1.113883.2.4.4.40.76) as reference data. A type without a W0422 code
-- (RSV immunisation) has w0422_code null and is sent as nullFlavor OTH with its name as original text.
create table vaccine_type (
    code       varchar(10)  primary key,
    w0422_code varchar(2)   unique,
    name       varchar(100) not null,
    active     boolean      not null default true
);

insert into vaccine_type (code, w0422_code, name) values
    ('01', '01', 'DKTP'),
    ('02', '02', 'DTP'),
    ('03', '03', 'Hib'),
    ('04', '04', 'BMR'),
    ('05', '05', 'Hepatitis B'),
    ('06', '06', 'MenC'),
    ('07', '07', 'BCG'),
    ('08', '08', 'Pneu'),
    ('09', '09', 'HPV'),
    ('10', '10', 'DKTP-Hib'),
    ('11', '11', 'DKTP-Hib-Hepatitis B'),
    ('12', '12', 'D'),
    ('13', '13', 'DKT'),
    ('14', '14', 'DT'),
    ('15', '15', 'aK'),
    ('16', '16', 'DaKT'),
    ('17', '17', 'DaKTP'),
    ('18', '18', 'DP'),
    ('19', '19', 'T'),
    ('20', '20', 'P'),
    ('21', '21', 'B'),
    ('22', '22', 'M'),
    ('23', '23', 'R'),
    ('24', '24', 'BM'),
    ('25', '25', 'MR'),
    ('26', '26', 'DKTP-Hepatitis B'),
    ('27', '27', 'DKTP booster'),
    ('28', '28', 'MenACWY'),
    ('29', '29', 'Rota'),
    ('30', '30', 'MatGriep'),
    ('RSV', null, 'RSV-immunisatie (nirsevimab)');

-- A version of the RVP schedule, in force from a date.
create table rvp_schedule (
    id         integer      primary key,
    name       varchar(60)  not null,
    valid_from date         not null unique
);

-- One planned dose. Timing:
--   AGE           due at birth + offset; overdue grace_days later
--   YEAR_TURNING  due on 1 January of the year the child turns offset_years (+ offset_months)
--   RSV_SEASON    born October-March: at 0-2 weeks; born April-August: in September/October
-- Validity by birth cohort (born_from/born_to), DKTP schedule (W0681) and the mother's HBsAg status.
-- dose is the ordinal of this dose within its vaccine type for the child (used to match given vaccinations).
create table rvp_schedule_item (
    id                    integer     primary key,
    schedule_id           integer     not null references rvp_schedule (id),
    moment                varchar(10) not null,
    vaccine_type          varchar(10) not null references vaccine_type (code),
    dose                  smallint    not null check (dose > 0),
    timing                varchar(16) not null check (timing in ('AGE', 'YEAR_TURNING', 'RSV_SEASON')),
    offset_years          smallint    not null default 0,
    offset_months         smallint    not null default 0,
    offset_days           smallint    not null default 0,
    grace_days            smallint    not null,
    born_from             date,
    born_to               date,
    dktp_schedule         varchar(2) check (dktp_schedule in ('01', '02')),
    only_hbsag_mother     boolean     not null default false
);

insert into rvp_schedule (id, name, valid_from) values (2025, 'RVP 2025', '2025-01-01');

insert into rvp_schedule_item
    (id, schedule_id, moment, vaccine_type, dose, timing, offset_years, offset_months, offset_days, grace_days,
     born_from, born_to, dktp_schedule, only_hbsag_mother) values
    -- birth: hepatitis B within 48 hours, only when the mother is HBsAg positive
    (1, 2025, 'BIRTH', '05', 1, 'AGE', 0, 0, 0, 2, null, null, null, true),
    -- RSV immunisation for babies born from 1 April 2025
    (2, 2025, 'RSV', 'RSV', 1, 'RSV_SEASON', 0, 0, 0, 14, '2025-04-01', null, null, false),
    -- 2 months: rota 1 (cohort 2024 and later); first DKTP-Hib-HepB only in the adapted 2-3-5-12 schedule
    (3, 2025, '2M', '29', 1, 'AGE', 0, 2, 0, 28, '2024-01-01', null, null, false),
    (4, 2025, '2M', '11', 1, 'AGE', 0, 2, 0, 28, null, null, '02', false),
    -- 3 months
    (5, 2025, '3M', '11', 1, 'AGE', 0, 3, 0, 28, null, null, '01', false),
    (6, 2025, '3M', '11', 2, 'AGE', 0, 3, 0, 28, null, null, '02', false),
    (7, 2025, '3M', '08', 1, 'AGE', 0, 3, 0, 28, null, null, null, false),
    (8, 2025, '3M', '29', 2, 'AGE', 0, 3, 0, 28, '2024-01-01', null, null, false),
    -- 5 months
    (9, 2025, '5M', '11', 2, 'AGE', 0, 5, 0, 28, null, null, '01', false),
    (10, 2025, '5M', '11', 3, 'AGE', 0, 5, 0, 28, null, null, '02', false),
    (11, 2025, '5M', '08', 2, 'AGE', 0, 5, 0, 28, null, null, null, false),
    -- 12 months (cohort 2024 and later); 11 months before
    (12, 2025, '12M', '11', 3, 'AGE', 0, 12, 0, 42, '2024-01-01', null, '01', false),
    (13, 2025, '12M', '11', 4, 'AGE', 0, 12, 0, 42, '2024-01-01', null, '02', false),
    (14, 2025, '12M', '08', 3, 'AGE', 0, 12, 0, 42, '2024-01-01', null, null, false),
    (15, 2025, '11M', '11', 3, 'AGE', 0, 11, 0, 42, null, '2023-12-31', '01', false),
    (16, 2025, '11M', '11', 4, 'AGE', 0, 11, 0, 42, null, '2023-12-31', '02', false),
    (17, 2025, '11M', '08', 3, 'AGE', 0, 11, 0, 42, null, '2023-12-31', null, false),
    -- 14 months: BMR and MenACWY (MenC before the 2018 switch)
    (18, 2025, '14M', '04', 1, 'AGE', 0, 14, 0, 60, null, null, null, false),
    (19, 2025, '14M', '28', 1, 'AGE', 0, 14, 0, 60, '2017-03-01', null, null, false),
    (20, 2025, '14M', '06', 1, 'AGE', 0, 14, 0, 60, null, '2017-02-28', null, false),
    -- BMR 2: 3 years from cohort 2022, 9 years before
    (21, 2025, '3J', '04', 2, 'AGE', 3, 0, 0, 180, '2022-01-01', null, null, false),
    (22, 2025, '9J', '04', 2, 'AGE', 9, 0, 0, 180, null, '2021-12-31', null, false),
    -- DKT booster at 5 years from cohort 2021; DKTP booster at 4 years before
    (23, 2025, '5J', '13', 1, 'AGE', 5, 0, 0, 180, '2021-01-01', null, null, false),
    (24, 2025, '4J', '27', 1, 'AGE', 4, 0, 0, 180, null, '2020-12-31', null, false),
    -- HPV in the year they turn 10, two doses six months apart (boys and girls, cohort 2012 and later)
    (25, 2025, '10J', '09', 1, 'YEAR_TURNING', 10, 0, 0, 365, '2012-01-01', null, null, false),
    (26, 2025, '10J', '09', 2, 'YEAR_TURNING', 10, 6, 0, 365, '2012-01-01', null, null, false),
    -- the year they turn 14: MenACWY and DTP
    (27, 2025, '14J', '28', 2, 'YEAR_TURNING', 14, 0, 0, 365, '2017-03-01', null, null, false),
    (28, 2025, '14J', '28', 1, 'YEAR_TURNING', 14, 0, 0, 365, null, '2017-02-28', null, false),
    (29, 2025, '14J', '02', 1, 'YEAR_TURNING', 14, 0, 0, 365, null, null, null, false);
