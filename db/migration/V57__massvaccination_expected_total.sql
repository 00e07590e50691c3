-- The size of a mass session's confirmed expected list as a counter (issue 12), read with the desk's totals on every
-- scan instead of counting the list (thousands of children). Set again by the statements that add to or confirm the
-- list, in their transaction (ExpectedChildren), which also lock this row so that two changes of one list count in
-- turn.
create table mass_expected_total (
    session_id  uuid     primary key references mass_session (id),
    confirmed   integer  not null check (confirmed >= 0)
);

insert into mass_expected_total (session_id, confirmed)
select session_id, count(*) filter (where confirmed)
from mass_expected_child
group by session_id;
