-- The organisation's own data that the messages to the register need, editable by the administrator.
create table organisation (
    id                    smallint     primary key check (id = 1),
    name                  varchar(200) not null,
    ura                   varchar(8),
    agb                   varchar(8),
    city                  varchar(80)  not null,
    application_id        varchar(40),
    server_certificate_id varchar(40),
    version               bigint       not null default 0
);
insert into organisation (id, name, city) values (1, 'JGZ-organisatie (nog in te stellen)', 'Utrecht');

-- Locations where vaccinations happen (consultation bureaus, schools, session halls).
create table location (
    id      bigint generated always as identity primary key,
    code    varchar(20)  not null unique,
    name    varchar(200) not null,
    city    varchar(80)  not null,
    active  boolean      not null default true,
    version bigint       not null default 0
);
