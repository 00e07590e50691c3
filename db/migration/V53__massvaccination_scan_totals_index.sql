-- The desk's answer to every scan carries the session's live totals, counted over the session's scans. With the
-- columns the count reads in the index, PostgreSQL counts from the index alone (index-only scan) instead of visiting
-- each scan's row in the table.
create index mass_scan_totals_ix on mass_scan (session_id) include (counted, removed_reason, outcome, identifier);
