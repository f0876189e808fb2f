-- Issue #10: deadline alerts that are decided once, delivered once, and never missed.
--
-- The ladder: the steps (lead times before the due time; a negative step is after it) at which a
-- deadline alerts, by kind, overridable per deadline. Each deadline's next step time is stored
-- and indexed (deadline_alert.next_alert_at, kept by triggers from the deadline's due time,
-- status and kind), so the scheduler reads only what is due. The scheduler decides an alert by
-- inserting an alert_event row (unique per deadline, kind, step and due time) and fans it out to
-- alert_delivery rows (unique per event, recipient and channel) in the same transaction; e-mail
-- rows are then sent with retries. Every claim uses FOR UPDATE SKIP LOCKED, so two application
-- servers share the work and neither repeats the other's.

create table alert_ladder (
    kind  text       primary key references deadline_lead_time (kind),
    steps interval[] not null check (cardinality(steps) between 1 and 12)
);
insert into alert_ladder (kind, steps) values
    ('ULTIMATUM',       array[interval '72 hours', interval '24 hours', interval '4 hours',
                              interval '1 hour', interval '0', interval '-1 hour']),
    ('RESPONSE',        array[interval '14 days', interval '7 days', interval '1 day', interval '-1 hour']),
    ('DELIVERY',        array[interval '14 days', interval '7 days', interval '1 day', interval '-1 hour']),
    ('RENEWAL',         array[interval '14 days', interval '7 days', interval '1 day', interval '-1 hour']),
    ('OPTION_EXERCISE', array[interval '14 days', interval '7 days', interval '1 day', interval '-1 hour']),
    ('REPORT',          array[interval '14 days', interval '7 days', interval '1 day', interval '-1 hour']),
    ('OTHER',           array[interval '14 days', interval '7 days', interval '1 day', interval '-1 hour']);

-- One row per deadline: its own ladder (null: its kind's), the time up to which its steps have
-- been decided, and the next step time while it is open (null once closed or past its last step).
-- A deadline entered today does not alert for steps that passed before it was entered (its
-- "entered" alert says it all); steps that pass while Clausewatch is down are decided once after
-- it starts, collapsed to the latest.
create table deadline_alert (
    deadline_id   bigint      primary key references deadline (id) on delete cascade,
    version       bigint      not null default 0,
    steps         interval[]  check (steps is null or cardinality(steps) between 1 and 12),
    decided_until timestamptz not null,
    next_alert_at timestamptz
);
create index deadline_alert_next_idx on deadline_alert (next_alert_at) where next_alert_at is not null;

create function alert_next_at(p_due timestamptz, p_status text, p_steps interval[],
                              p_after timestamptz) returns timestamptz
    language sql stable as $$
    select case when p_status = 'OPEN' then
        (select min(p_due - s) from unnest(p_steps) s where p_due - s > p_after) end
$$;

create function deadline_alert_next() returns trigger language plpgsql as $$
declare
    d record;
begin
    select due_at, status, kind into d from deadline where id = new.deadline_id;
    new.next_alert_at := alert_next_at(d.due_at, d.status,
        coalesce(new.steps, (select steps from alert_ladder where kind = d.kind)), new.decided_until);
    return new;
end;
$$;
create trigger deadline_alert_next before insert or update of steps, decided_until on deadline_alert
    for each row execute function deadline_alert_next();

create function deadline_alert_follow() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into deadline_alert (deadline_id, decided_until) values (new.id, now());
    else
        update deadline_alert a set next_alert_at = alert_next_at(new.due_at, new.status,
            coalesce(a.steps, (select steps from alert_ladder where kind = new.kind)), a.decided_until)
        where a.deadline_id = new.id;
    end if;
    return null;
end;
$$;
create trigger deadline_alert_follow after insert or update of due_at, status, kind on deadline
    for each row execute function deadline_alert_follow();

-- Deadlines that exist now start their ladders now: nothing that passed before is alerted.
insert into deadline_alert (deadline_id, decided_until) select id, now() from deadline;

-- What was decided: a ladder step reached, or something that happened to a deadline.
-- (Written by set-based SQL only, never by Hibernate: identity ids.)
create table alert_event (
    id              bigint      generated always as identity primary key,
    kind            text        not null check (kind in ('STEP', 'ENTERED', 'EXTENDED', 'MET',
                                    'MISSED', 'WITHDRAWN', 'ESCALATION')),
    deadline_id     bigint      not null references deadline (id) on delete cascade,
    contract_id     bigint      not null references contract (id),
    step            interval,
    due_at          timestamptz not null,
    occurred_at     timestamptz not null,
    missed_steps    interval[],
    detail          text        check (length(detail) <= 2000),
    decided_by      text        not null check (length(decided_by) between 1 and 200),
    escalate_at     timestamptz,
    escalated_at    timestamptz,
    acknowledged_at timestamptz,
    acknowledged_by text        check (length(acknowledged_by) <= 64),
    fanned_out_at   timestamptz,
    constraint alert_event_once unique nulls not distinct (deadline_id, kind, step, due_at)
);
create index alert_event_to_fan_out_idx on alert_event (id) where fanned_out_at is null;
create index alert_event_to_escalate_idx on alert_event (escalate_at)
    where escalate_at is not null and escalated_at is null and acknowledged_at is null;
create index alert_event_contract_idx on alert_event (contract_id);

-- Who is told, how: one row per event, recipient and channel. IN_APP rows are the notification
-- centre (delivered when written); EMAIL rows wait in this outbox until sent.
create table alert_delivery (
    id              bigint      generated always as identity primary key,
    event_id        bigint      not null references alert_event (id) on delete cascade,
    recipient_id    bigint      not null references app_user (id) on delete cascade,
    channel         text        not null check (channel in ('IN_APP', 'EMAIL')),
    status          text        not null check (status in ('PENDING', 'SENT', 'FAILED', 'WITHHELD')),
    attempts        integer     not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz,
    last_error      text        check (length(last_error) <= 1000),
    created_at      timestamptz not null,
    sent_at         timestamptz,
    read_at         timestamptz,
    constraint alert_delivery_once unique (event_id, recipient_id, channel)
);
create index alert_delivery_pending_idx on alert_delivery (next_attempt_at) where status = 'PENDING';
create index alert_delivery_inbox_idx on alert_delivery (recipient_id, created_at desc, id desc)
    where channel = 'IN_APP';
create index alert_delivery_unread_idx on alert_delivery (recipient_id)
    where channel = 'IN_APP' and read_at is null;
create index alert_delivery_problem_idx on alert_delivery (created_at desc)
    where status in ('FAILED', 'PENDING');

-- What a user watches: one contract, one party (every contract it is party to), or a kind.
create sequence alert_subscription_seq start with 1 increment by 50;
create table alert_subscription (
    id          bigint      primary key,
    version     bigint      not null default 0,
    user_id     bigint      not null references app_user (id) on delete cascade,
    contract_id bigint      references contract (id) on delete cascade,
    party_id    bigint      references party (id) on delete cascade,
    kind        text        references deadline_lead_time (kind),
    created_at  timestamptz not null,
    constraint alert_subscription_one_target check (num_nonnulls(contract_id, party_id, kind) = 1),
    constraint alert_subscription_once unique nulls not distinct (user_id, contract_id, party_id, kind)
);
create index alert_subscription_contract_idx on alert_subscription (contract_id) where contract_id is not null;
create index alert_subscription_party_idx on alert_subscription (party_id) where party_id is not null;
create index alert_subscription_kind_idx on alert_subscription (kind) where kind is not null;

-- Per-user settings: e-mail on or off, the zone times are shown in, and the calendar feed's
-- secret (only its SHA-256 is stored).
create table alert_preference (
    user_id             bigint      primary key references app_user (id) on delete cascade,
    version             bigint      not null default 0,
    email_enabled       boolean     not null default true,
    zone                text        not null default 'UTC' check (length(zone) between 1 and 64),
    calendar_token_hash text        unique check (length(calendar_token_hash) = 64),
    calendar_token_at   timestamptz
);
