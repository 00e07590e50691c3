-- Users of the module and their role. Passwords are stored as {bcrypt}/{argon2} hashes only.
create table user_account (
    id              bigint generated always as identity primary key,
    username        varchar(64)  not null,
    display_name    varchar(200) not null,
    password_hash   varchar(200) not null,
    role            varchar(32)  not null check (role in ('JGZ_PROFESSIONAL', 'JGZ_ASSISTANT', 'ADMIN')),
    enabled         boolean      not null default true,
    failed_attempts integer      not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null default now(),
    version         bigint       not null default 0
);
create unique index user_account_username_ux on user_account (lower(username));
