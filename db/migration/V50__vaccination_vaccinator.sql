-- Issue 15: who vaccinated, recorded apart from the professional who approves (approved_by), and where the vaccine
-- was given when that is known. At the consultation desk typed on the contact moment; in a mass session taken from the
-- desk's setting at the moment of the child's scan.
alter table contact_moment
    add column vaccinator varchar(100),
    add column injection_site varchar(12)
        check (injection_site in ('LEFT_ARM', 'RIGHT_ARM', 'LEFT_THIGH', 'RIGHT_THIGH'));
