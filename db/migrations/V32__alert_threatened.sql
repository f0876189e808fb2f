-- A consequence newly threatened on a deadline (added by a change) is alerted to its watchers, once
-- per change (subject_version: when the change was made, in epoch milliseconds).
alter table alert_event drop constraint alert_event_kind_check;
alter table alert_event add constraint alert_event_kind_check
    check (kind in ('STEP', 'ENTERED', 'EXTENDED', 'MET', 'MISSED', 'WITHDRAWN', 'ESCALATION',
                    'DISPUTED', 'OCCURRENCE_DUE', 'OCCURRENCE_OVERDUE', 'REPLY', 'MENTION',
                    'THREATENED'));
