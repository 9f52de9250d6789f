-- Followthrough schema. Every table carries who created and last changed a row, and when.
-- Sequences increment by 50 to match Hibernate's pooled optimiser for PanacheEntity ids.

create table partner (
    id          bigint primary key,
    name        varchar(120) not null unique,
    created_at  timestamp with time zone not null,
    created_by  varchar(200) not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(200) not null
);
create sequence partner_seq start with 1 increment by 50;

create table person (
    id           bigint primary key,
    name         varchar(200) not null,
    job_title    varchar(200) not null,
    team         varchar(200),
    email        varchar(320) not null unique,
    partner_id   bigint references partner (id),
    sign_in_name varchar(200) unique,
    created_at   timestamp with time zone not null,
    created_by   varchar(200) not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(200) not null
);
create sequence person_seq start with 1 increment by 50;

create table review (
    id                  bigint primary key,
    title               varchar(300) not null,
    type                varchar(40)  not null,
    reviewing_body      varchar(300) not null,
    organisation        varchar(300) not null,
    report_date         date,
    on_site_from        date,
    on_site_to          date,
    lead_reviewer       varchar(200),
    document            bytea,
    document_name       varchar(300),
    document_media_type varchar(200),
    created_at          timestamp with time zone not null,
    created_by          varchar(200) not null,
    updated_at          timestamp with time zone not null,
    updated_by          varchar(200) not null,
    constraint review_on_site_order check (on_site_to is null or on_site_from is null or on_site_to >= on_site_from)
);
create sequence review_seq start with 1 increment by 50;

create table review_scope (
    review_id bigint not null references review (id) on delete cascade,
    position  integer not null,
    question  text not null,
    primary key (review_id, position)
);

create table theme (
    id          bigint primary key,
    review_id   bigint not null references review (id) on delete cascade,
    number      varchar(20),
    title       text not null,
    position    integer not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(200) not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(200) not null
);
create sequence theme_seq start with 1 increment by 50;
create index theme_review on theme (review_id, position);

create table finding (
    id                bigint primary key,
    theme_id          bigint not null references theme (id) on delete cascade,
    kind              varchar(40) not null,
    text              text not null,
    position          integer not null,
    no_action_reason  text,
    created_at        timestamp with time zone not null,
    created_by        varchar(200) not null,
    updated_at        timestamp with time zone not null,
    updated_by        varchar(200) not null
);
create sequence finding_seq start with 1 increment by 50;
create index finding_theme on finding (theme_id, position);

create table plan (
    id          bigint primary key,
    title       varchar(300) not null,
    kind        varchar(40) not null,
    lead_id     bigint not null references person (id),
    created_at  timestamp with time zone not null,
    created_by  varchar(200) not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(200) not null
);
create sequence plan_seq start with 1 increment by 50;

create table plan_review (
    plan_id   bigint not null references plan (id) on delete cascade,
    review_id bigint not null references review (id),
    primary key (plan_id, review_id)
);

create table action (
    id                bigint primary key,
    plan_id           bigint not null references plan (id),
    theme_id          bigint references theme (id),
    reference         varchar(40) not null,
    title             varchar(500) not null,
    description       text,
    lead_id           bigint not null references person (id),
    start_date        date,
    target_date       date not null,
    success_criteria  text,
    status            varchar(40) not null,
    rag               varchar(40) not null,
    rag_reason        text,
    version           bigint not null default 0,
    created_at        timestamp with time zone not null,
    created_by        varchar(200) not null,
    updated_at        timestamp with time zone not null,
    updated_by        varchar(200) not null,
    constraint action_reference_unique unique (plan_id, reference),
    constraint action_dates_order check (start_date is null or target_date >= start_date)
);
create sequence action_seq start with 1 increment by 50;
create index action_plan on action (plan_id);
create index action_lead on action (lead_id);

create table action_finding (
    action_id  bigint not null references action (id) on delete cascade,
    finding_id bigint not null references finding (id),
    primary key (action_id, finding_id)
);
create index action_finding_finding on action_finding (finding_id);

create table action_partner (
    action_id  bigint not null references action (id) on delete cascade,
    partner_id bigint not null references partner (id),
    primary key (action_id, partner_id)
);

-- Progress updates are append-only: a correction is a new row that names the row it corrects.
create table progress_update (
    id           bigint primary key,
    action_id    bigint not null references action (id),
    author_id    bigint references person (id),
    author_name  varchar(200) not null,
    narrative    text not null,
    status       varchar(40) not null,
    rag          varchar(40) not null,
    reason       text,
    impact       text,
    corrects_id  bigint references progress_update (id),
    created_at   timestamp with time zone not null,
    created_by   varchar(200) not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(200) not null
);
create sequence progress_update_seq start with 1 increment by 50;
create index progress_update_action on progress_update (action_id, created_at);

create table progress_update_evidence (
    update_id bigint not null references progress_update (id),
    position  integer not null,
    url       varchar(2000) not null,
    primary key (update_id, position)
);

create function refuse_progress_update_change() returns trigger language plpgsql as $$
begin
    raise exception 'progress updates are append-only';
end;
$$;
create trigger progress_update_append_only before update or delete on progress_update
    for each row execute function refuse_progress_update_change();
create trigger progress_update_evidence_append_only before update or delete on progress_update_evidence
    for each row execute function refuse_progress_update_change();

create table target_date_change (
    id                bigint primary key,
    action_id         bigint not null references action (id),
    original_date     date not null,
    requested_date    date not null,
    reason            text not null,
    requested_by_id   bigint references person (id),
    requested_by_name varchar(200) not null,
    decision          varchar(20) not null,
    decision_comment  text,
    decided_by_id     bigint references person (id),
    decided_by_name   varchar(200),
    decided_at        timestamp with time zone,
    created_at        timestamp with time zone not null,
    created_by        varchar(200) not null,
    updated_at        timestamp with time zone not null,
    updated_by        varchar(200) not null
);
create sequence target_date_change_seq start with 1 increment by 50;
create index target_date_change_action on target_date_change (action_id);

create table term (
    id             bigint primary key,
    academic_year  varchar(7) not null,
    season         varchar(10) not null,
    start_date     date not null,
    end_date       date not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(200) not null,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(200) not null,
    constraint term_unique unique (academic_year, season),
    constraint term_dates_order check (end_date >= start_date)
);
create sequence term_seq start with 1 increment by 50;

-- The audit trail: one row per changed field.
create table audit_entry (
    id           bigint primary key,
    entity_type  varchar(60) not null,
    entity_id    bigint not null,
    field        varchar(100) not null,
    old_value    text,
    new_value    text,
    changed_by   varchar(200) not null,
    changed_at   timestamp with time zone not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(200) not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(200) not null
);
create sequence audit_entry_seq start with 1 increment by 50;
create index audit_entry_entity on audit_entry (entity_type, entity_id, changed_at);
