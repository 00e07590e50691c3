-- Issue 15: a contact moment registered by a mass vaccination session stays held by the session until the session is
-- closed, also when it is corrected (reopened and approved again) in between: its new message waits for the closing
-- as the first one did. Closing the session lifts the hold; a correction after that goes after the send window.
alter table contact_moment add column held_by_session boolean not null default false;
