-- Issue #10: a daily digest instead of one e-mail per alert. A user who chose it gets their alert
-- mail held (status HELD) and sent together once a day at their chosen local time; the next
-- digest time is stored and indexed like the ladders' next alert times.
alter table alert_preference
    add column digest_enabled boolean not null default false,
    add column digest_at      time    not null default '08:00',
    add column next_digest_at timestamptz,
    add constraint alert_preference_digest_planned check (not digest_enabled or next_digest_at is not null);
create index alert_preference_digest_idx on alert_preference (next_digest_at) where digest_enabled;

alter table alert_delivery drop constraint alert_delivery_status_check;
alter table alert_delivery add constraint alert_delivery_status_check
    check (status in ('PENDING', 'HELD', 'SENT', 'FAILED', 'WITHHELD'));
create index alert_delivery_held_idx on alert_delivery (recipient_id) where status = 'HELD';
