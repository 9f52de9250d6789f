-- A plan goes to the Executive for endorsement only when every area for consideration is answered.
alter table plan add column status varchar(30) not null default 'DRAFT';

-- Files attached to a progress update as evidence (links are kept in progress_update_evidence).
create table evidence_file (
    id            bigint primary key,
    update_id     bigint not null references progress_update (id),
    file_name     varchar(300) not null,
    media_type    varchar(200) not null,
    size_bytes    bigint not null,
    content       bytea not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(200) not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(200) not null
);
create sequence evidence_file_seq start with 1 increment by 50;
create index evidence_file_update on evidence_file (update_id);
create trigger evidence_file_append_only before update or delete on evidence_file
    for each row execute function refuse_progress_update_change();
