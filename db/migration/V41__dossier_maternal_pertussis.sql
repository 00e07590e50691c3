-- Issue 14: the mother's pertussis vaccination in pregnancy (the "22-wekenprik"), recorded on the child's dossier. It
-- decides the DKTP-Hib-HepB schedule the module proposes (Richtlijn Uitvoering RVP 6.2, 7.1): the standard 2+1 schedule
-- after a vaccination at least two weeks before birth, otherwise the adapted 3+1 one. Null given: nothing recorded.
alter table child_dossier
    add column maternal_pertussis          varchar(7) check (maternal_pertussis in ('YES', 'NO', 'UNKNOWN')),
    add column maternal_pertussis_date     date,
    add column maternal_pertussis_week     integer check (maternal_pertussis_week between 1 and 45),
    add column weeks_at_birth              integer check (weeks_at_birth between 20 and 45),
    add column maternal_pertussis_by       varchar(100),
    add column maternal_pertussis_at       timestamptz,
    add constraint child_dossier_maternal_pertussis_rule check (
        (maternal_pertussis = 'YES')
            or (maternal_pertussis_date is null and maternal_pertussis_week is null));
