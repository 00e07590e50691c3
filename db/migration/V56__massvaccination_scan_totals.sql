-- The live totals of a mass session as counters, one row per session and desk (issue 12): the scan, the removal and
-- the putting back of a child adjust their desk's row in the same statement and transaction that store or change the
-- scan, so the desk's answer reads a session's totals from a few rows instead of counting every scan, and desks
-- scanning at once do not queue on one row. What depends on the expected list (a registered child scanned before it
-- was on the confirmed list still counts as expected seen) stays a query: over the session's exceptions only.
create table mass_scan_total (
    session_id           uuid         not null references mass_session (id),
    desk                 varchar(20)  not null,
    -- counted, not taken out, outcome EXPECTED
    registered_expected  integer      not null check (registered_expected >= 0),
    -- counted, not taken out, any other outcome (the exceptions)
    registered_other     integer      not null check (registered_other >= 0),
    -- counted, taken out
    removed              integer      not null check (removed >= 0),
    -- not counted (duplicate, invalid, no dossier)
    refused              integer      not null check (refused >= 0),
    primary key (session_id, desk)
);

insert into mass_scan_total (session_id, desk, registered_expected, registered_other, removed, refused)
select session_id,
       desk,
       count(*) filter (where counted and removed_reason is null and outcome = 'EXPECTED'),
       count(*) filter (where counted and removed_reason is null and outcome <> 'EXPECTED'),
       count(*) filter (where counted and removed_reason is not null),
       count(*) filter (where not counted)
from mass_scan
group by session_id, desk;

-- the registered exceptions of a session, for the "expected seen" part that depends on the expected list
create index mass_scan_exception_ix on mass_scan (session_id, identifier)
    where counted and removed_reason is null and outcome <> 'EXPECTED';
