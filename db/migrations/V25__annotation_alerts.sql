-- Issue #10 (leftover from #9): alerts about annotations. A reply tells the people of the thread
-- (the annotation's author and earlier repliers); a mention (@username) tells the colleague named.
-- Such an event is about an annotation and goes to one recipient only (recipient_id), who must
-- still be enabled and cleared for the contract when it is fanned out. Once per annotation, reply
-- (subject_version: the reply's id, 0 for the annotation itself), kind and recipient.
alter table alert_event
    add column annotation_id bigint references annotation (id) on delete cascade,
    add column recipient_id  bigint references app_user (id) on delete cascade;
alter table alert_event drop constraint alert_event_one_subject;
alter table alert_event add constraint alert_event_one_subject
    check (num_nonnulls(deadline_id, restriction_id, obligation_id, annotation_id) = 1);
alter table alert_event drop constraint alert_event_kind_check;
alter table alert_event add constraint alert_event_kind_check
    check (kind in ('STEP', 'ENTERED', 'EXTENDED', 'MET', 'MISSED', 'WITHDRAWN', 'ESCALATION',
                    'DISPUTED', 'OCCURRENCE_DUE', 'OCCURRENCE_OVERDUE', 'REPLY', 'MENTION'));
alter table alert_event add constraint alert_event_recipient
    check ((recipient_id is not null) = (kind in ('REPLY', 'MENTION'))
           and (annotation_id is not null) = (kind in ('REPLY', 'MENTION')));
alter table alert_event drop constraint alert_event_once;
alter table alert_event add constraint alert_event_once unique nulls not distinct
    (deadline_id, restriction_id, obligation_id, annotation_id, occurrence, subject_version, kind,
     step, due_at, recipient_id);
create index alert_event_annotation_idx on alert_event (annotation_id) where annotation_id is not null;
