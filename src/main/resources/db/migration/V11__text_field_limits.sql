-- Every text field has a maximum (platform.TextLimits, README "Text limits"); the columns match it, so the database
-- refuses what the application would. Narrative text 10,000 characters, headings 1,000. Documents kept as JSON
-- (report fronts and sections, drafts, snapshots) stay unbounded text: the application limits what goes into them.
alter table review_scope alter column question type varchar(1000);
alter table theme alter column title type varchar(1000);
alter table finding alter column text type varchar(10000);
alter table finding alter column no_action_reason type varchar(10000);
alter table action alter column description type varchar(10000);
alter table action alter column success_criteria type varchar(10000);
alter table action alter column rag_reason type varchar(10000);
alter table progress_update alter column narrative type varchar(10000);
alter table progress_update alter column reason type varchar(10000);
alter table progress_update alter column impact type varchar(10000);
alter table target_date_change alter column reason type varchar(10000);
alter table target_date_change alter column decision_comment type varchar(10000);
alter table termly_review alter column amendment_reason type varchar(10000);
alter table termly_review_entry alter column comment type varchar(10000);
alter table termly_review_entry alter column decision type varchar(10000);
