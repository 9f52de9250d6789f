-- An action whose target date moved with the plan lead's approval is "reprogrammed", not late: it keeps the date it
-- was first given.
alter table action add column original_target_date date;
