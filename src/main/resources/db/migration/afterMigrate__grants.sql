-- Runs after every migration, as the role Flyway connects with (the owner of the schema: QUARKUS_FLYWAY_USERNAME).
-- The application's own role (the pool's QUARKUS_DATASOURCE_USERNAME unless FOLLOWTHROUGH_DB_APP_ROLE says otherwise)
-- may read and write rows and nothing more: no DDL (it owns nothing), no TRUNCATE (which would skip the append-only
-- triggers), no REFERENCES or TRIGGER, and it cannot touch Flyway's history. When both are the same role (the embedded
-- database of dev mode and the tests, or a deployment that has not separated them yet) there is nothing to grant.
DO $grants$
DECLARE
    app_role text := '${app_role}';
    owner_schema text := current_schema();
BEGIN
    IF app_role IN ('', '-') OR app_role = current_user THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app_role) THEN
        RAISE EXCEPTION 'The application role % does not exist: create it (README, "Running in production")', app_role;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', owner_schema, app_role);
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM %I', owner_schema, app_role);
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', owner_schema, app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', owner_schema, app_role);
    EXECUTE format('REVOKE ALL ON TABLE %I.%I FROM %I', owner_schema, '${flyway:table}', app_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', owner_schema, app_role);
END
$grants$;
