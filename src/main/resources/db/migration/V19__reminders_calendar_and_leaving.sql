-- People leave: a person who has left keeps their name on the history, but can no longer be chosen as a lead.
alter table person add column left_on date;
-- The secret part of a person's calendar feed URL (/calendar/{token}.ics); a new one replaces it on request.
alter table person add column calendar_token varchar(64) unique;

-- The reminders a person has switched off. Everyone gets every reminder unless it is listed here; the termly review
-- reminder cannot be switched off (the service refuses it).
create table reminder_opt_out (
    person_id  bigint not null references person (id),
    kind       varchar(40) not null,
    created_at timestamp with time zone not null,
    primary key (person_id, kind)
);

-- One row per reminder sent: the kind, what it is about (an action, a termly review, a plan), to whom and for which
-- due date or period. The sending job inserts the row with ON CONFLICT DO NOTHING in the transaction that sends the
-- e-mail, so two instances of the service never send the same reminder twice.
create table reminder_claim (
    kind          varchar(40) not null,
    subject_id    bigint not null,
    recipient_id  bigint not null references person (id),
    period        varchar(40) not null,
    claimed_at    timestamp with time zone not null,
    primary key (kind, subject_id, recipient_id, period)
);

-- Every reminder as it was sent (or, in the demo, kept instead of sent): what the plan lead sees on the Outbox page.
create table outbox_message (
    id            bigint primary key,
    kind          varchar(40) not null,
    recipient_id  bigint references person (id),
    recipient     varchar(320) not null,
    subject       varchar(1000) not null,
    text_body     text not null,
    html_body     text not null,
    delivered     boolean not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(200) not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(200) not null
);
create sequence outbox_message_seq start with 1 increment by 50;
create index outbox_message_created on outbox_message (created_at desc);
