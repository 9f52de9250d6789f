-- A plan's life after "Ready for endorsement": the decision that endorsed it, and in the end its closure.
-- The endorsement names the published report version it endorsed by report and version number (the plan feature
-- knows reports only through plan.endorsement.EndorsementReports), so there is no foreign key to report_version.
alter table plan add column endorsed_body varchar(200);
alter table plan add column endorsed_meeting_date date;
alter table plan add column endorsed_minute_reference varchar(2000);
alter table plan add column endorsed_resolution varchar(10000);
alter table plan add column endorsed_report_id bigint references committee_report (id);
alter table plan add column endorsed_report_version integer;
alter table plan add column endorsed_by varchar(200);
alter table plan add column endorsed_at timestamp with time zone;
alter table plan add column closing_statement varchar(10000);
alter table plan add column closed_by varchar(200);
alter table plan add column closed_at timestamp with time zone;

-- Endorsed and closed plans carry their record: every field of it, or none.
alter table plan add constraint plan_endorsement_whole check (
    (endorsed_at is null and endorsed_body is null and endorsed_meeting_date is null
        and endorsed_minute_reference is null and endorsed_report_id is null and endorsed_report_version is null
        and endorsed_by is null)
    or (endorsed_at is not null and endorsed_body is not null and endorsed_meeting_date is not null
        and endorsed_minute_reference is not null and endorsed_report_id is not null
        and endorsed_report_version is not null and endorsed_by is not null));
alter table plan add constraint plan_closure_whole check (
    (closed_at is null and closing_statement is null and closed_by is null)
    or (closed_at is not null and closing_statement is not null and closed_by is not null));
alter table plan add constraint plan_status_record check (
    (status in ('DRAFT', 'READY_FOR_ENDORSEMENT') and endorsed_at is null and closed_at is null)
    or (status = 'ENDORSED' and endorsed_at is not null and closed_at is null)
    or (status = 'CLOSED' and endorsed_at is not null and closed_at is not null));
