-- Issue #11: the application runs as its own PostgreSQL role, not as the owner of the tables.
-- Migrations run as the owner (CLAUSEWATCH_DB_USER); the application's datasource connects as
-- ${app_role} (CLAUSEWATCH_DB_APP_USER), which must exist before this runs (README, "Database
-- roles"). That role may read and write the tables, but it owns none, so it cannot alter or drop
-- them, disable their triggers or truncate them; and the audit trail is append-only for it:
-- revinfo, security_event and every *_aud table take inserts, and of the audit rows only the
-- columns that close a version's validity (revend, revend_tstmp) may be updated, once (V6's
-- trigger). The Flyway history is read-only for it. DatabaseRolesIT proves each refusal.
do $$
declare
  app text := '${app_role}';
  t record;
begin
  execute format('grant usage on schema public to %I', app);
  execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
  execute format('grant usage, select on all sequences in schema public to %I', app);
  -- Tables and sequences later migrations create get the same grants; a later migration that
  -- adds an audit table must revoke as below (DatabaseRolesIT checks every *_aud table).
  execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', app);
  execute format('alter default privileges in schema public grant usage, select on sequences to %I', app);
  for t in
    select c.relname
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p')
      and (c.relname like '%\_aud' or c.relname in ('revinfo', 'security_event'))
  loop
    execute format('revoke update, delete, truncate on %I from %I', t.relname, app);
  end loop;
  for t in
    select table_name, string_agg(quote_ident(column_name), ', ') as columns
    from information_schema.columns
    where table_schema = 'public' and table_name like '%\_aud'
      and column_name in ('revend', 'revend_tstmp')
    group by table_name
  loop
    execute format('grant update (%s) on %I to %I', t.columns, t.table_name, app);
  end loop;
  execute format('revoke insert, update, delete, truncate on flyway_schema_history from %I', app);
end $$;
