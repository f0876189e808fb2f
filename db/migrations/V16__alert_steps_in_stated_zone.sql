-- Issue #10: "Times are computed in the deadline's stated zone." A step of whole days ("14 days",
-- "72 hours" = 3 days) falls that many calendar days before the due time on the wall clock of the
-- zone the deadline was stated in (17:00 New York three days before is 17:00 New York, across a
-- daylight-saving change too); other steps are exact durations. AlertLadder.timeOf does the same
-- in Java; iCalendar alarms read day durations the same way (RFC 5545 nominal days).
create function alert_step_at(p_due timestamptz, p_zone text, p_step interval)
    returns timestamptz language sql stable as $$
    select case
        when extract(epoch from p_step) = 0 then p_due
        when extract(epoch from p_step)::bigint % 86400 = 0 then
            ((p_due at time zone p_zone)
                - make_interval(days => (extract(epoch from p_step)::bigint / 86400)::int))
                at time zone p_zone
        else p_due - p_step end
$$;

create function alert_next_at(p_due timestamptz, p_zone text, p_status text, p_steps interval[],
                              p_after timestamptz) returns timestamptz
    language sql stable as $$
    select case when p_status = 'OPEN' then
        (select min(alert_step_at(p_due, p_zone, s)) from unnest(p_steps) s
         where alert_step_at(p_due, p_zone, s) > p_after) end
$$;

create or replace function deadline_alert_next() returns trigger language plpgsql as $$
declare
    d record;
begin
    select due_at, due_zone, status, kind into d from deadline where id = new.deadline_id;
    new.next_alert_at := alert_next_at(d.due_at, d.due_zone, d.status,
        coalesce(new.steps, (select steps from alert_ladder where kind = d.kind)), new.decided_until);
    return new;
end;
$$;

create or replace function deadline_alert_follow() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into deadline_alert (deadline_id, decided_until) values (new.id, now());
    else
        update deadline_alert a set next_alert_at = alert_next_at(new.due_at, new.due_zone,
            new.status, coalesce(a.steps, (select steps from alert_ladder where kind = new.kind)),
            a.decided_until)
        where a.deadline_id = new.id;
    end if;
    return null;
end;
$$;
drop trigger deadline_alert_follow on deadline;
create trigger deadline_alert_follow after insert or update of due_at, due_zone, status, kind
    on deadline for each row execute function deadline_alert_follow();

drop function alert_next_at(timestamptz, text, interval[], timestamptz);

-- Re-plan the open ones under the new rule.
update deadline_alert a set next_alert_at = alert_next_at(d.due_at, d.due_zone, d.status,
    coalesce(a.steps, l.steps), a.decided_until)
from deadline d join alert_ladder l on l.kind = d.kind
where d.id = a.deadline_id and d.status = 'OPEN';
