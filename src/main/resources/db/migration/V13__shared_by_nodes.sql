-- Shared by every node of one database.

-- Failed guesses (passwords, join codes) per account and per address, kept in the database so every
-- node behind a load balancer counts the same tries (GuessThrottle). Rows older than an hour are
-- forgotten.
create table guess_failure (
    throttle     varchar(20)  not null,
    subject_kind varchar(10)  not null,
    subject      varchar(320) not null,
    failures     integer      not null,
    last_failure timestamp with time zone not null,
    primary key (throttle, subject_kind, subject)
);
create index guess_failure_last on guess_failure (last_failure);

-- Jobs that must run on one node at a time (sending an outbox in order): the node holding the lease
-- renews it on every pass; when it dies, another takes the job once the lease has run out (NodeLeases).
create table node_lease (
    job        varchar(40)  not null primary key,
    holder     varchar(64)  not null,
    held_until timestamp with time zone not null
);
