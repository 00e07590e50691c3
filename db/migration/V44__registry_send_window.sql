-- Issue 15: a send window. An approved message waits before it leaves, so it can still be corrected or withdrawn:
-- registry_message.next_attempt_at is the moment a queued message is due (approval + the organisation's send window,
-- then the moment of a retry); it is null while a mass vaccination session holds the message (due when the session is
-- closed). The dispatcher claims only queued messages whose due moment has passed.
alter table organisation
    add column send_window_minutes integer not null default 15
        check (send_window_minutes between 0 and 240);

-- the claim's two branches: queued and due (per register), and a lease that ran out
create index registry_message_due_at_ix on registry_message (registry, next_attempt_at) where state = 'QUEUED';
create index registry_message_lease_ix on registry_message (registry, lease_until) where state = 'SENDING';
