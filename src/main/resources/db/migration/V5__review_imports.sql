-- A review document being imported: the file as uploaded and the draft the plan lead is correcting. Kept until it is
-- confirmed (and becomes a review) or discarded, so a half-finished correction survives a restart.
create table review_import (
    id            bigint primary key,
    file_name     varchar(300) not null,
    media_type    varchar(200) not null,
    document      bytea not null,
    draft_json    text not null,
    state         varchar(20) not null,
    review_id     bigint references review (id),
    created_at    timestamp with time zone not null,
    created_by    varchar(200) not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(200) not null
);
create sequence review_import_seq start with 1 increment by 50;
