-- Demo mode only (db/demo is a Flyway location only then): an open demo ultimatum whose Friday
-- has passed moves to 17:00 New York time on the next Friday, so the demo always counts down.
-- A user who marked it met, missed or withdrawn keeps that.
update deadline d
set due_at = ((ny.today + ((5 - extract(isodow from ny.today)::int + 7) % 7)
                + case when extract(isodow from ny.today) = 5 and ny.local_now::time >= time '17:00'
                       then 7 else 0 end) + time '17:00') at time zone 'America/New_York',
    version = d.version + 1
from (select (now() at time zone 'America/New_York') as local_now,
             (now() at time zone 'America/New_York')::date as today) ny
where d.kind = 'ULTIMATUM'
  and d.status = 'OPEN'
  and d.title = 'Signed document granting full access to Claude'
  and d.due_at < now();
