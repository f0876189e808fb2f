-- Demo mode only: the demo manager watches the seed contract, and the seed ultimatum has been
-- "entered" once (an alert decision), so the scheduler's first pass after `mvn -Prun` starts puts
-- it in the manager's notification centre and mail sink (issue #10). Runs after the ultimatum was
-- moved ahead (afterMigrate__keep_demo_ultimatum_ahead); does nothing once done.
insert into alert_subscription (id, user_id, contract_id, created_at)
select nextval('alert_subscription_seq'), u.id, d.contract_id, now()
from app_user u
join deadline d on d.kind = 'ULTIMATUM' and d.title = 'Signed document granting full access to Claude'
where u.username = 'manager'
on conflict on constraint alert_subscription_once do nothing;

insert into alert_event (kind, deadline_id, contract_id, due_at, occurred_at, decided_by, detail,
                         escalate_at)
select 'ENTERED', d.id, d.contract_id, d.due_at, now(), 'system:demo-data',
       'Entered with the demo data', now() + interval '30 minutes'
from deadline d
where d.kind = 'ULTIMATUM' and d.title = 'Signed document granting full access to Claude'
  and d.status = 'OPEN'
  and not exists (select 1 from alert_event e where e.deadline_id = d.id)
on conflict on constraint alert_event_once do nothing;

-- The demo's people work in Washington: their times (alerts, notes, the history) are shown in New
-- York time until they choose another zone on /alerts/settings, which this never overwrites. The
-- administrator keeps UTC, as the administration pages do.
insert into alert_preference (user_id, zone)
select u.id, 'America/New_York'
from app_user u
where u.username in ('officer', 'counsel', 'manager', 'analyst')
on conflict (user_id) do nothing;
