-- A published version of a committee report: its data, narrative and the exact PDF and Word files, frozen.
create table report_version (
    id             bigint primary key,
    report_id      bigint not null references committee_report (id),
    number         integer not null,
    published_at   timestamp with time zone not null,
    published_by   varchar(200) not null,
    document_json  text not null,
    sections_json  text not null,
    overrides_json text not null,
    pdf            bytea not null,
    docx           bytea not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(200) not null,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(200) not null,
    constraint report_version_unique unique (report_id, number)
);
create sequence report_version_seq start with 1 increment by 50;
create trigger report_version_frozen before update or delete on report_version
    for each row execute function refuse_progress_update_change();
