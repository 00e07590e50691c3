-- Mass vaccination, issue 15: an expected list made from a Praeventis call list, with the list's data to open a
-- dossier for a child not known here; and the reason of a dose-aware answer at the desk.

-- the expected child's data from the list (a call list carries name prefix, gender and address; a CSV file does not)
alter table mass_expected_child add column name_prefix varchar(40);
alter table mass_expected_child add column gender varchar(3);
alter table mass_expected_child add column street varchar(100);
alter table mass_expected_child add column house_number integer;
alter table mass_expected_child add column house_number_suffix varchar(20);
alter table mass_expected_child add column postcode varchar(7);
alter table mass_expected_child add column city varchar(80);
-- the call list it came from (praeventis' call_list; no foreign key across modules)
alter table mass_expected_child add column call_list_id uuid;
alter table mass_expected_child drop constraint mass_expected_child_source_check;
alter table mass_expected_child add constraint mass_expected_child_source_check
    check (source in ('COHORT', 'CSV', 'CALL'));

-- why a scan was answered as it was: the vaccine type and dose judged, and the date that goes with the reason (the
-- earliest day for a dose too early, the last dose for a series complete, the age limit's day for a dose too late)
alter table mass_scan add column reason_vaccine_type varchar(10);
alter table mass_scan add column reason_dose smallint;
alter table mass_scan add column reason_date date;
