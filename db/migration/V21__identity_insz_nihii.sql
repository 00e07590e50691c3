-- Belgian identities: the INSZ (rijksregisternummer) of a child and the NIHII (RIZIV number) of a professional.
-- Both are stored as their eleven digits; the check digits are verified by the application (Insz, Nihii).
alter table child_dossier
    add column insz varchar(11) constraint child_dossier_insz_format check (insz ~ '^[0-9]{11}$');
-- one dossier per INSZ; a child may have a BSN, an INSZ, both or neither
create unique index child_dossier_insz_ux on child_dossier (insz) where insz is not null;

alter table user_account
    add column nihii varchar(11) constraint user_account_nihii_format check (nihii ~ '^[0-9]{11}$');
