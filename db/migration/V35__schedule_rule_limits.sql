-- Issue 14: each dose of the schedule gets its limits (RIVM, Richtlijn Uitvoering RVP; see docs/schedule.md).
-- Ages and intervals are ISO-8601 periods (P6W, P4M, P1Y); null means:
--   earliest_age   null: not before the target date (the dose's timing)
--   latest_age     null: 18 years, the general limit for starting or finishing RVP vaccinations (chapter 10)
--   min_interval   null: no minimum interval after the previous dose
--   previous_type / previous_count: which dose counts as "the previous dose" (default: this type, dose - 1); the dose
--                  waits until that one is given
--   given_until    the vaccine is no longer proposed after this date (no longer used)
-- Timing AFTER_PREVIOUS: due offset_years/months/days after the previous dose (HPV dose 2).
alter table rvp_schedule_item
    add column earliest_age   varchar(12),
    add column latest_age     varchar(12),
    add column min_interval   varchar(12),
    add column previous_type  varchar(10) references vaccine_type (code),
    add column previous_count smallint check (previous_count >= 0),
    add column given_until    date,
    add column source         varchar(200);

alter table rvp_schedule_item drop constraint rvp_schedule_item_timing_check;
alter table rvp_schedule_item add constraint rvp_schedule_item_timing_check
    check (timing in ('AGE', 'YEAR_TURNING', 'RSV_SEASON', 'AFTER_PREVIOUS'));

-- RSV immunisation (nirsevimab): in the baby's first RSV season only, so never from the first birthday on
update rvp_schedule_item set latest_age = 'P1Y', source = 'RVP 2025: RSV immunisation in the first season'
    where id = 2;
-- Rota: both doses between 6 weeks and 24 weeks of age, at least 4 weeks apart; never caught up later
update rvp_schedule_item set earliest_age = 'P6W', latest_age = 'P24W',
    source = 'RVP addendum rotavirus (2024); vaccines given from 6 weeks up to 23 weeks and 6 days' where id = 3;
update rvp_schedule_item set min_interval = 'P4W', latest_age = 'P24W',
    source = 'RVP addendum rotavirus (2024); vaccines given from 6 weeks up to 23 weeks and 6 days' where id = 8;
-- DKTP-Hib-HepB: adapted schedule from 6 weeks; standard schedule not before 3 months; primary doses at least
-- 4 weeks apart (standard: 8 weeks between dose 1 and 2), the revaccination at least 4 months after the last one
update rvp_schedule_item set earliest_age = 'P6W', source = 'Richtlijn RVP 6.1, 7.1' where id = 4;
update rvp_schedule_item set source = 'Richtlijn RVP 7.1' where id = 5;
update rvp_schedule_item set min_interval = 'P4W', source = 'Richtlijn RVP 7.1' where id in (6, 10);
update rvp_schedule_item set min_interval = 'P8W', source = 'Richtlijn RVP 7.1' where id = 9;
update rvp_schedule_item set min_interval = 'P4M', source = 'Richtlijn RVP, basisprincipes: revaccination'
    where id in (12, 13, 15, 16);
-- Pneu: not given from the second birthday on; at least 6 weeks between primary doses, 4 months before the last
update rvp_schedule_item set latest_age = 'P2Y', source = 'Richtlijn RVP, basisprincipes: Pneu' where id = 7;
update rvp_schedule_item set latest_age = 'P2Y', min_interval = 'P6W', source = 'Richtlijn RVP, basisprincipes: Pneu'
    where id = 11;
update rvp_schedule_item set latest_age = 'P2Y', min_interval = 'P4M', source = 'Richtlijn RVP, basisprincipes: Pneu'
    where id in (14, 17);
-- BMR: does not count before the first birthday; the second dose at least 4 weeks after the first
update rvp_schedule_item set earliest_age = 'P1Y', source = 'Richtlijn RVP, basisprincipes: BMR' where id = 18;
update rvp_schedule_item set min_interval = 'P4W', source = 'Richtlijn RVP, basisprincipes: BMR' where id in (21, 22);
-- MenACWY at 14 months after the first birthday; MenC replaced by MenACWY for children born from 1 March 2017,
-- so the last MenC at 14 months was given in April 2018: no longer proposed
update rvp_schedule_item set earliest_age = 'P1Y', source = 'Richtlijn RVP, basisprincipes: MenC/MenACWY' where id = 19;
update rvp_schedule_item set earliest_age = 'P1Y', given_until = '2018-04-30',
    source = 'MenC replaced by MenACWY (cohorts from 1 March 2017)' where id = 20;
-- the school booster and the DTP at 14 wait for the infant series (no DTP or booster while a DKTP-Hib-HepB for
-- basic immunity is indicated): 3 doses in the standard schedule, 4 in the adapted one
update rvp_schedule_item set dktp_schedule = '01', previous_type = '11', previous_count = 3,
    source = 'Richtlijn RVP 10.1' where id in (23, 24);
insert into rvp_schedule_item
    (id, schedule_id, moment, vaccine_type, dose, timing, offset_years, offset_months, offset_days, grace_days,
     born_from, born_to, dktp_schedule, only_hbsag_mother, previous_type, previous_count, source) values
    (30, 2025, '5J', '13', 1, 'AGE', 5, 0, 0, 180, '2021-01-01', null, '02', false, '11', 4, 'Richtlijn RVP 10.1'),
    (31, 2025, '4J', '27', 1, 'AGE', 4, 0, 0, 180, null, '2020-12-31', '02', false, '11', 4, 'Richtlijn RVP 10.1');
update rvp_schedule_item set previous_type = '11', previous_count = 3, source = 'Richtlijn RVP 10.1' where id = 29;
-- HPV: dose 2 six months after dose 1 (at least 150 days); a series started from the 15th birthday follows the
-- catch-up schedule (V36)
update rvp_schedule_item set source = 'Richtlijn RVP, basisprincipes: HPV' where id = 25;
update rvp_schedule_item set timing = 'AFTER_PREVIOUS', offset_years = 0, offset_months = 6, offset_days = 0,
    grace_days = 180, min_interval = 'P150D', source = 'Richtlijn RVP, basisprincipes: HPV' where id = 26;
update rvp_schedule_item set source = 'RVP 2025 schedule' where source is null;
alter table rvp_schedule_item alter column source set not null;
