-- Issue 14: vaccine types no longer used in the RVP are hidden from "add a vaccine type" (the user can ask for all;
-- history keeps them): MenC (replaced by MenACWY in 2018) and the old DKTP codes (DKTP, DKTP-Hib, DKTP-Hepatitis B;
-- the infant series is DKTP-Hib-Hepatitis B since 2011).
update vaccine_type set active = false where code in ('01', '06', '10', '26');
