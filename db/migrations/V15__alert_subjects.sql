-- Issue #10: alerts about more than deadlines. An alert event is about exactly one subject: a
-- deadline (its ladder steps and changes), a usage restriction (it became disputed) or an
-- obligation's occurrence (coming due, overdue). Restriction events are unique per restriction
-- and its version at the change; occurrence events per obligation, date and kind.
alter table alert_event alter column deadline_id drop not null;
alter table alert_event alter column due_at drop not null;
alter table alert_event
    add column restriction_id   bigint references usage_restriction (id) on delete cascade,
    add column obligation_id    bigint references obligation (id) on delete cascade,
    add column occurrence       date,
    add column subject_version  bigint,
    add constraint alert_event_one_subject
        check (num_nonnulls(deadline_id, restriction_id, obligation_id) = 1);
alter table alert_event drop constraint alert_event_kind_check;
alter table alert_event add constraint alert_event_kind_check
    check (kind in ('STEP', 'ENTERED', 'EXTENDED', 'MET', 'MISSED', 'WITHDRAWN', 'ESCALATION',
                    'DISPUTED', 'OCCURRENCE_DUE', 'OCCURRENCE_OVERDUE'));
alter table alert_event drop constraint alert_event_once;
alter table alert_event add constraint alert_event_once unique nulls not distinct
    (deadline_id, restriction_id, obligation_id, occurrence, subject_version, kind, step, due_at);
create index alert_event_restriction_idx on alert_event (restriction_id) where restriction_id is not null;
create index alert_event_obligation_idx on alert_event (obligation_id) where obligation_id is not null;

-- Obligations: when each one next needs an alert (an occurrence coming due within its lead time,
-- or passed unsettled), computed by the application from the due date or the RRULE (ical4j) and
-- stored, like the deadlines' next_alert_at, so a pass reads only what is due. Obligations that
-- exist now are planned by the first pass after this migration, from now on.
create table obligation_alert (
    obligation_id bigint      primary key references obligation (id) on delete cascade,
    decided_until timestamptz not null,
    next_alert_at timestamptz
);
create index obligation_alert_next_idx on obligation_alert (next_alert_at) where next_alert_at is not null;
insert into obligation_alert (obligation_id, decided_until, next_alert_at)
select id, now(), now() from obligation where status = 'OPEN';

-- Obligations written by any means (the application, the demo data, the scale generator) are
-- planned by the next pass.
create function obligation_alert_follow() returns trigger language plpgsql as $$
begin
    insert into obligation_alert (obligation_id, decided_until, next_alert_at)
    values (new.id, now(), now()) on conflict (obligation_id) do nothing;
    return null;
end;
$$;
create trigger obligation_alert_follow after insert on obligation
    for each row execute function obligation_alert_follow();
