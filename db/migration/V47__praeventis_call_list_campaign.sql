-- The call list's campaign as the register names it (the control act's text; the official structure has no campaign
-- id) and the child's street, so that a dossier can be opened from the list's data.
alter table call_list add column campaign varchar(200);
alter table call_list_child add column street varchar(100);
