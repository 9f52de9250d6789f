-- What a version was published without (empty required sections, no presenters, an empty Strategic Plan table) and
-- the reason recorded for publishing it so.
alter table report_version add column gaps_json text not null default '[]';
alter table report_version add column gaps_reason text;
