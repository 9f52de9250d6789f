-- The SLT's termly review of a plan. A signed-off review is frozen: each entry keeps a snapshot of its action as it
-- stood, so what was agreed that term can always be shown exactly as it was. An amendment is a new version.
create table termly_review (
    id             bigint primary key,
    plan_id        bigint not null references plan (id),
    term_id        bigint not null references term (id),
    meeting_date   date not null,
    body           varchar(200) not null,
    chair_id       bigint not null references person (id),
    chair_name     varchar(200) not null,
    state          varchar(20) not null,
    version_number integer not null,
    amends_id      bigint references termly_review (id),
    amendment_reason text,
    signed_off_at  timestamp with time zone,
    signed_off_by  varchar(200),
    version        bigint not null default 0,
    created_at     timestamp with time zone not null,
    created_by     varchar(200) not null,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(200) not null
);
create sequence termly_review_seq start with 1 increment by 50;
create index termly_review_plan on termly_review (plan_id, meeting_date);

create table termly_review_member (
    review_id bigint not null references termly_review (id) on delete cascade,
    person_id bigint not null references person (id),
    primary key (review_id, person_id)
);

create table termly_review_entry (
    id              bigint primary key,
    review_id       bigint not null references termly_review (id),
    action_id       bigint not null references action (id),
    agreed_rag      varchar(40),
    comment         text,
    decision        text,
    decision_owner  varchar(200),
    recorded_by     varchar(200),
    snapshot_json   text,
    version         bigint not null default 0,
    created_at      timestamp with time zone not null,
    created_by      varchar(200) not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(200) not null,
    constraint termly_review_entry_unique unique (review_id, action_id)
);
create sequence termly_review_entry_seq start with 1 increment by 50;
