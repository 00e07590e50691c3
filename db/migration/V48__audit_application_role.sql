-- The schema owner (who runs these migrations) and the application are different roles. The application's role
-- (placeholder appuser: the pool's user, ddjgz_app in the default run) may read and change the data, and on the audit
-- trail only add and read: no update, delete or truncate, and, not owning the table, it cannot alter it or disable
-- its triggers. Tables and sequences created by later migrations get the same rights (default privileges).
-- When the application connects as the owner itself (one user for both) nothing is granted here.
do
$$
declare
    app text := '${appuser}';
begin
    if app = '' or app = current_user or not exists (select 1 from pg_roles where rolname = app) then
        raise notice 'no separate application role: nothing granted';
        return;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    execute format('revoke update, delete, truncate, references, trigger on audit_event from %I', app);
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I',
                   app);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I', app);
end
$$;
