-- Followthrough's two database roles, run once by a database administrator (psql -v owner_password=... -v
-- app_password=... -f deploy/database-roles.sql). The owner owns the schema and is the role Flyway migrates with
-- (QUARKUS_FLYWAY_USERNAME); the application connects as followthrough_app (QUARKUS_DATASOURCE_USERNAME), which after
-- each migration may read and write rows and nothing else (src/main/resources/db/migration/afterMigrate__grants.sql):
-- no CREATE, ALTER, DROP or TRUNCATE, and no access to Flyway's history.
CREATE ROLE followthrough_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE followthrough_app LOGIN PASSWORD :'app_password';
CREATE DATABASE followthrough OWNER followthrough_owner;
\connect followthrough
-- PostgreSQL 15 and later already keep other roles from creating objects in the public schema; older ones did not.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT CONNECT ON DATABASE followthrough TO followthrough_app;
