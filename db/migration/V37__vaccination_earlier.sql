-- Issue 14: vaccinations a child had before coming here ("eerder gegeven": a transferred dossier, a vaccination
-- booklet, the Praeventis status answer). History only: never sent to a register; the schedule counts them.
create table earlier_vaccination (
    id               uuid         primary key,
    dossier_id       uuid         not null references child_dossier (id),
    vaccine_type     varchar(10)  not null references vaccine_type (code),
    vaccination_date date         not null,
    place            varchar(200),
    batch_number     varchar(40),
    source           varchar(20)  not null check (source in ('TRANSFER_DOSSIER', 'BOOKLET', 'PRAEVENTIS')),
    recorded_by      varchar(64)  not null,
    recorded_at      timestamptz  not null,
    -- a child gets a vaccine type at most once a day
    unique (dossier_id, vaccine_type, vaccination_date)
);
create index earlier_vaccination_dossier_ix on earlier_vaccination (dossier_id, vaccination_date);
