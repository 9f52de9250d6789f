-- Demo sign-in sessions that were signed out before they expired, by the signature of their cookie. Every replica
-- refuses a cookie listed here, so signing out on one ends the session on all of them. A row is only needed until
-- the cookie would have expired anyway; rows past that are deleted as new ones are added.
create table ended_session (
    signature  varchar(64) primary key,
    expires_at timestamp with time zone not null
);
create index ended_session_expires_at on ended_session (expires_at);
