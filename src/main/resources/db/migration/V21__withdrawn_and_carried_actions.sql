-- An action is withdrawn, never deleted: it keeps its history and says when, by whom and why. Withdrawn actions leave
-- the live views (lists, counts, coverage, reminders, packs and reports made afterwards).
alter table action add column withdrawn_at timestamp with time zone;
alter table action add column withdrawn_by varchar(200);
alter table action add column withdrawal_reason varchar(10000);
alter table action add constraint action_withdrawal_complete
    check ((withdrawn_at is null) = (withdrawn_by is null) and (withdrawn_at is null) = (withdrawal_reason is null));

-- An unfinished action carried into another plan (next year's plan, say) is linked both ways: the old one is settled
-- by the new one, which starts afresh. Each action is carried at most once and comes from at most one.
alter table action add column carried_to_action_id bigint unique references action (id);
alter table action add column carried_from_action_id bigint unique references action (id);
create index action_live on action (plan_id) where withdrawn_at is null;
