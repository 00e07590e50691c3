-- Failed logins are slowed down per account and source address (LoginThrottle, in memory); there is no account
-- lock any more, so its counter and lock time go.
alter table user_account drop column failed_attempts;
alter table user_account drop column locked_until;
