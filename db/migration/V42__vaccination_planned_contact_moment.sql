-- Issue 14: a contact moment planned for a child (an appointment: date and location), so the day's worklist shows the
-- children booked for that day with what is due, next to the contact moments already started.
create table planned_contact_moment (
    id           uuid         primary key,
    dossier_id   uuid         not null references child_dossier (id),
    planned_date date         not null,
    location_id  bigint       not null references location (id),
    planned_by   varchar(100) not null,
    planned_at   timestamptz  not null,
    unique (dossier_id, planned_date, location_id)
);
create index planned_contact_moment_day_ix on planned_contact_moment (location_id, planned_date);
