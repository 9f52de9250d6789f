-- The RAG agreed for each action at its plan's latest signed-off termly review, kept on the action when a review is
-- signed off, so a page of actions reads it with the action instead of searching the reviews for every row.
alter table action add column last_agreed_rag varchar(40);

update action a set last_agreed_rag = (
    select e.agreed_rag from termly_review_entry e join termly_review r on r.id = e.review_id
    where e.action_id = a.id and e.agreed_rag is not null and r.state = 'SIGNED_OFF'
      and r.meeting_date = (select max(r2.meeting_date) from termly_review r2
                            where r2.plan_id = a.plan_id and r2.state = 'SIGNED_OFF')
    order by r.id desc limit 1);
