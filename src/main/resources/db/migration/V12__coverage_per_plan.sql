-- "No action needed" is a decision of the plan, not of the review: two plans can answer one review, and marking an
-- area in one must leave the other as it was (DOMAIN.md, "Finding"). Each decision keeps who made it and when.
create table plan_coverage (
    id          bigint primary key,
    plan_id     bigint not null references plan (id) on delete cascade,
    finding_id  bigint not null references finding (id) on delete cascade,
    reason      varchar(10000) not null,
    decided_by  varchar(200) not null,
    decided_at  timestamp with time zone not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(200) not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(200) not null,
    constraint plan_coverage_one_per_area unique (plan_id, finding_id)
);
create sequence plan_coverage_seq start with 1 increment by 50;
create index plan_coverage_finding on plan_coverage (finding_id);

-- A reason recorded on a finding so far applied to every plan answering its review: keep it for each of them, so
-- that nothing a lead decided is lost, then drop the finding's column.
insert into plan_coverage (id, plan_id, finding_id, reason, decided_by, decided_at, created_at, created_by,
                           updated_at, updated_by)
select nextval('plan_coverage_seq'), pr.plan_id, f.id, f.no_action_reason, f.updated_by, f.updated_at,
       f.updated_at, f.updated_by, f.updated_at, f.updated_by
from finding f
join theme t on t.id = f.theme_id
join plan_review pr on pr.review_id = t.review_id
where f.no_action_reason is not null and f.kind = 'AREA_FOR_CONSIDERATION';

alter table finding drop column no_action_reason;
