-- Redaction (DOMAIN.md, "Data protection"): a child's name typed by mistake into an append-only record is replaced
-- by "[redacted]", by the plan lead, with a reason. Progress updates, their evidence links and evidence files stay
-- append-only for everything else: the trigger lets an UPDATE through only while redact_progress_text() runs, and
-- then only when every changed text is the old text with the words being redacted replaced by "[redacted]".

create function refuse_progress_update_change_but_redaction() returns trigger language plpgsql as $$
declare
    words text := nullif(current_setting('followthrough.redaction_words', true), '');
begin
    -- One table per branch: a record's fields are resolved when its expression first runs.
    if tg_op = 'UPDATE' and words is not null then
        if tg_table_name = 'progress_update' then
            if (new.narrative = old.narrative or new.narrative = replace(old.narrative, words, '[redacted]'))
                    and (new.reason is not distinct from old.reason
                         or new.reason is not distinct from replace(old.reason, words, '[redacted]'))
                    and (new.impact is not distinct from old.impact
                         or new.impact is not distinct from replace(old.impact, words, '[redacted]'))
                    and (to_jsonb(new) - array['narrative', 'reason', 'impact', 'updated_at', 'updated_by'])
                        = (to_jsonb(old) - array['narrative', 'reason', 'impact', 'updated_at', 'updated_by']) then
                return new;
            end if;
        elsif tg_table_name = 'evidence_file' then
            if new.file_name = replace(old.file_name, words, '[redacted]')
                    and (to_jsonb(new) - array['file_name', 'updated_at', 'updated_by'])
                        = (to_jsonb(old) - array['file_name', 'updated_at', 'updated_by']) then
                return new;
            end if;
        elsif tg_table_name = 'progress_update_evidence' then
            if new.url = replace(old.url, words, '[redacted]')
                    and new.update_id = old.update_id and new.position = old.position then
                return new;
            end if;
        end if;
    end if;
    raise exception 'progress updates are append-only';
end;
$$;

drop trigger progress_update_append_only on progress_update;
create trigger progress_update_append_only before update or delete on progress_update
    for each row execute function refuse_progress_update_change_but_redaction();
drop trigger progress_update_evidence_append_only on progress_update_evidence;
create trigger progress_update_evidence_append_only before update or delete on progress_update_evidence
    for each row execute function refuse_progress_update_change_but_redaction();
drop trigger evidence_file_append_only on evidence_file;
create trigger evidence_file_append_only before update or delete on evidence_file
    for each row execute function refuse_progress_update_change_but_redaction();

-- A signed-off termly review keeps a snapshot of each action as it stood (V10), with its RAG reason and latest update.
-- Redaction reaches those snapshots too, and nothing else of a signed-off review: the snapshot's text with the words
-- replaced, and only when that is still a JSON object with the same keys.
create function redacted_snapshot(snapshot text, words text) returns text language plpgsql immutable as $$
declare
    redacted text := replace(snapshot, words, '[redacted]');
begin
    if (select array_agg(k order by k) from jsonb_object_keys(redacted::jsonb) k)
            = (select array_agg(k order by k) from jsonb_object_keys(snapshot::jsonb) k) then
        return redacted;
    end if;
    return snapshot;
exception when others then
    return snapshot;
end;
$$;

create function is_snapshot_redaction(old_entry termly_review_entry, new_entry termly_review_entry) returns boolean
    language plpgsql as $$
declare
    words text := nullif(current_setting('followthrough.redaction_words', true), '');
begin
    return words is not null
        and new_entry.snapshot_json is distinct from old_entry.snapshot_json
        and new_entry.snapshot_json = redacted_snapshot(old_entry.snapshot_json, words)
        and (to_jsonb(new_entry) - 'snapshot_json') = (to_jsonb(old_entry) - 'snapshot_json');
end;
$$;

create or replace function refuse_signed_off_review_part_change() returns trigger language plpgsql as $$
declare
    review bigint;
begin
    if tg_op = 'UPDATE' and tg_table_name = 'termly_review_entry' then
        if is_snapshot_redaction(old, new) then
            return new;
        end if;
    end if;
    if tg_op = 'DELETE' then
        review := old.review_id;
    else
        review := new.review_id;
    end if;
    if exists (select 1 from termly_review where id = review and state <> 'SCHEDULED') then
        raise exception 'a signed-off termly review is frozen; amend it instead';
    end if;
    if tg_op = 'UPDATE' and old.review_id <> new.review_id then
        raise exception 'a termly review entry stays with its review';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;

create or replace function refuse_snapshot_change() returns trigger language plpgsql as $$
begin
    if old.snapshot_json is not null and new.snapshot_json is distinct from old.snapshot_json
            and not is_snapshot_redaction(old, new) then
        raise exception 'the snapshot of an action in a termly review never changes';
    end if;
    return new;
end;
$$;

-- The one way to redact: replaces the words in one stored text of one progress update (narrative, reason, impact),
-- one of its evidence links (by position) or one evidence file's name. Security definer, so that a council can
-- revoke UPDATE on these tables from the application's own database role and still redact.
create function redact_progress_text(target_update bigint, target_field text, target_item bigint, words text,
                                     redacted_by text) returns integer
    language plpgsql security definer set search_path from current as $$
declare
    changed integer;
begin
    if words is null or btrim(words) = '' or words = '[redacted]' then
        raise exception 'give the words to redact';
    end if;
    perform set_config('followthrough.redaction_words', words, true);
    if target_field in ('narrative', 'reason', 'impact') then
        execute format('update progress_update set %1$I = replace(%1$I, $1, ''[redacted]''), updated_at = now(), '
                || 'updated_by = $2 where id = $3 and strpos(%1$I, $1) > 0', target_field)
            using words, redacted_by, target_update;
    elsif target_field = 'evidence_link' then
        update progress_update_evidence set url = replace(url, words, '[redacted]')
            where update_id = target_update and position = target_item and strpos(url, words) > 0;
    elsif target_field = 'evidence_file' then
        update evidence_file set file_name = replace(file_name, words, '[redacted]'), updated_at = now(),
            updated_by = redacted_by
            where id = target_item and update_id = target_update and strpos(file_name, words) > 0;
    else
        raise exception 'only the narrative, reason, impact, an evidence link or an evidence file name can be redacted';
    end if;
    get diagnostics changed = row_count;
    if changed = 1 and target_field in ('narrative', 'reason', 'impact') then
        update termly_review_entry e set snapshot_json = redacted_snapshot(e.snapshot_json, words)
            where e.action_id = (select action_id from progress_update where id = target_update)
            and strpos(e.snapshot_json, words) > 0
            and redacted_snapshot(e.snapshot_json, words) <> e.snapshot_json;
    end if;
    perform set_config('followthrough.redaction_words', '', true);
    return changed;
end;
$$;
