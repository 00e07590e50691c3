-- A user may hold more than one role (a youth doctor who is also the functional administrator).
create table user_account_role (
    user_id bigint      not null references user_account (id) on delete cascade,
    role    varchar(32) not null check (role in ('JGZ_PROFESSIONAL', 'JGZ_ASSISTANT', 'ADMIN')),
    primary key (user_id, role)
);
insert into user_account_role (user_id, role) select id, role from user_account;
alter table user_account drop column role;

-- the audit line names every role of the user ("ADMIN,JGZ_PROFESSIONAL")
alter table audit_event alter column user_role type varchar(100);
