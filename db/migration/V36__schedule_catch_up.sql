-- Issue 14: catch-up series ("inhaalschema", Richtlijn Uitvoering RVP chapter 10 and its basic principles). A series
-- replaces the regular doses of its vaccine type when the child's first dose of that type is (or would today be)
-- given at an age in [started_from, started_before). Dose 1 is due at the start; each later dose interval_target after
-- the previous one and never before min_interval. lapses: regular doses of other types that are no longer given
-- (comma-separated vaccine type codes). See docs/schedule.md for the sources and what they leave open.
create table rvp_catch_up_item (
    id             integer      primary key,
    schedule_id    integer      not null references rvp_schedule (id),
    vaccine_type   varchar(10)  not null references vaccine_type (code),
    started_from   varchar(12)  not null,
    started_before varchar(12)  not null,
    born_from      date,
    born_to        date,
    dose           smallint     not null check (dose > 0),
    interval_target varchar(12),
    min_interval   varchar(12),
    latest_age     varchar(12),
    lapses         varchar(60),
    source         varchar(200) not null,
    unique (schedule_id, vaccine_type, started_from, dose),
    check ((dose = 1) = (interval_target is null))
);

insert into rvp_catch_up_item
    (id, schedule_id, vaccine_type, started_from, started_before, born_from, dose, interval_target, min_interval,
     latest_age, lapses, source) values
    -- DKTP-Hib-HepB started from the first birthday: 2+1 (Vaxelis, also over 2 years: Hib included). When the
    -- revaccination falls after the second birthday (start from 16 months), the booster at 4/5 years lapses.
    (1, 2025, '11', 'P1Y', 'P16M', null, 1, null, null, null, null, 'Richtlijn RVP 10.1; basisprincipes DKTP'),
    (2, 2025, '11', 'P1Y', 'P16M', null, 2, 'P2M', 'P4W', null, null, 'Richtlijn RVP 10.1; basisprincipes DKTP'),
    (3, 2025, '11', 'P1Y', 'P16M', null, 3, 'P6M', 'P4M', null, null, 'Richtlijn RVP 10.1; basisprincipes DKTP'),
    (4, 2025, '11', 'P16M', 'P18Y', null, 1, null, null, null, '13,27', 'Richtlijn RVP 10.1; basisprincipes DKTP'),
    (5, 2025, '11', 'P16M', 'P18Y', null, 2, 'P2M', 'P4W', null, '13,27', 'Richtlijn RVP 10.1; basisprincipes DKTP'),
    (6, 2025, '11', 'P16M', 'P18Y', null, 3, 'P6M', 'P4M', null, '13,27', 'Richtlijn RVP 10.1; basisprincipes DKTP'),
    -- Pneu started from the first birthday: 1+1, 2 months apart (at least 8 weeks); nothing from the second birthday
    (7, 2025, '08', 'P1Y', 'P2Y', null, 1, null, null, 'P2Y', null, 'Richtlijn RVP, basisprincipes: Pneu'),
    (8, 2025, '08', 'P1Y', 'P2Y', null, 2, 'P2M', 'P8W', 'P2Y', null, 'Richtlijn RVP, basisprincipes: Pneu'),
    -- HPV started from the 15th birthday: 0-1-6 months
    (9, 2025, '09', 'P15Y', 'P18Y', '2012-01-01', 1, null, null, null, null, 'Richtlijn RVP, basisprincipes: HPV'),
    (10, 2025, '09', 'P15Y', 'P18Y', '2012-01-01', 2, 'P1M', 'P1M', null, null, 'Richtlijn RVP, basisprincipes: HPV'),
    (11, 2025, '09', 'P15Y', 'P18Y', '2012-01-01', 3, 'P5M', 'P5M', null, null, 'Richtlijn RVP, basisprincipes: HPV');
