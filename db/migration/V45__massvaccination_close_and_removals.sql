-- Issue 15: a mass vaccination session is approved (its messages are held) and then closed (its messages become due).
-- Until it is closed a child not vaccinated after all is taken out (its registration withdrawn, nothing sent) and a
-- child taken out can be put back. Every removal is kept with its reason, who and when, and who put the child back.
alter table mass_session drop constraint mass_session_state_check;
alter table mass_session
    add constraint mass_session_state_check check (state in ('OPEN', 'APPROVED', 'CLOSED')),
    add column closed_by varchar(64),
    add column closed_at timestamptz;
-- sessions approved before: their messages were due at approval
update mass_session set state = 'CLOSED', closed_by = approved_by, closed_at = approved_at where state = 'APPROVED';

alter table mass_scan
    add column put_back_by varchar(64),
    add column put_back_at timestamptz;

create table mass_removal (
    id           uuid         primary key,
    session_id   uuid         not null references mass_session (id),
    scan_id      uuid         not null references mass_scan (id),
    dossier_id   uuid         references child_dossier (id),
    reason       varchar(12)  not null check (reason in ('ABSENT', 'REFUSED', 'ILL')),
    removed_by   varchar(64)  not null,
    removed_at   timestamptz  not null,
    put_back_by  varchar(64),
    put_back_at  timestamptz
);
create index mass_removal_dossier_ix on mass_removal (dossier_id, removed_at);
create index mass_removal_scan_ix on mass_removal (scan_id);

insert into mass_removal (id, session_id, scan_id, dossier_id, reason, removed_by, removed_at)
select gen_random_uuid(), session_id, id, dossier_id, removed_reason, removed_by, removed_at
from mass_scan where removed_reason is not null;
