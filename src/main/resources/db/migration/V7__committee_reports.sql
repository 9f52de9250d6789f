-- Committee reports to the Executive (or scrutiny, or the Corporate Parenting Board), generated from a plan and its
-- review; the author writes the narrative sections.
create table committee_report (
    id             bigint primary key,
    plan_id        bigint not null references plan (id),
    kind           varchar(30) not null,
    body           varchar(200) not null,
    meeting_date   date not null,
    subject        varchar(300) not null,
    front_json     text not null,
    sections_json  text not null,
    state          varchar(20) not null,
    version        bigint not null default 0,
    created_at     timestamp with time zone not null,
    created_by     varchar(200) not null,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(200) not null
);
create sequence committee_report_seq start with 1 increment by 50;
create index committee_report_plan on committee_report (plan_id);
