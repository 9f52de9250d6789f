-- A signed-off termly review shows what was agreed exactly as it was: the plan's title and the members' names are
-- kept with it, and the database itself refuses any change to a signed-off review, its members and its entries
-- (DOMAIN.md, "Termly review"). The one change allowed is the version of record passing to an amendment.
alter table termly_review add column plan_title varchar(500);
alter table termly_review add column member_names text;

update termly_review r set plan_title = p.title from plan p where p.id = r.plan_id and r.state <> 'SCHEDULED';
update termly_review r set member_names = coalesce((select string_agg(p.name, E'\n' order by p.name)
        from termly_review_member m join person p on p.id = m.person_id where m.review_id = r.id), '')
    where r.state <> 'SCHEDULED';

create function refuse_signed_off_review_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.state <> 'SCHEDULED' then
            raise exception 'a signed-off termly review cannot be deleted';
        end if;
        return old;
    end if;
    if old.state = 'SCHEDULED' then
        return new;
    end if;
    if old.state = 'SIGNED_OFF' and new.state = 'SUPERSEDED'
            and (to_jsonb(new) - array['state', 'version', 'updated_at', 'updated_by'])
                = (to_jsonb(old) - array['state', 'version', 'updated_at', 'updated_by']) then
        return new;
    end if;
    raise exception 'a signed-off termly review is frozen; amend it instead';
end;
$$;
create trigger termly_review_frozen before update or delete on termly_review
    for each row execute function refuse_signed_off_review_change();

create function refuse_signed_off_review_part_change() returns trigger language plpgsql as $$
declare
    review bigint;
begin
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
create trigger termly_review_entry_frozen before insert or update or delete on termly_review_entry
    for each row execute function refuse_signed_off_review_part_change();
create trigger termly_review_member_frozen before insert or update or delete on termly_review_member
    for each row execute function refuse_signed_off_review_part_change();

create function refuse_snapshot_change() returns trigger language plpgsql as $$
begin
    if old.snapshot_json is not null and new.snapshot_json is distinct from old.snapshot_json then
        raise exception 'the snapshot of an action in a termly review never changes';
    end if;
    return new;
end;
$$;
create trigger termly_review_snapshot_kept before update on termly_review_entry
    for each row execute function refuse_snapshot_change();
