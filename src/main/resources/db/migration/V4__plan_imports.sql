-- A spreadsheet import waits here, parsed and previewed, until the plan lead confirms or discards it.
create table plan_import (
    id            bigint primary key,
    plan_id       bigint not null references plan (id),
    file_name     varchar(300) not null,
    rows_json     text not null,
    versions_json text not null,
    error_count   integer not null,
    state         varchar(20) not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(200) not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(200) not null
);
create sequence plan_import_seq start with 1 increment by 50;
create index plan_import_plan on plan_import (plan_id);
