-- An ended obligation can be reopened: its rule as it was before the end (a COUNT the end dropped
-- included) is kept beside the cut one. Obligations ended before this take it from their history
-- (the last audited version that was not ended), else their rule without its UNTIL.
alter table obligation add column rule_before_end text check (length(rule_before_end) <= 500);
alter table obligation_aud add column rule_before_end text;

update obligation o
   set rule_before_end = coalesce(
           (select a.recurrence from obligation_aud a
             where a.id = o.id and a.ended_after is null and a.recurrence is not null
             order by a.rev desc limit 1),
           regexp_replace(o.recurrence, ';?UNTIL=[^;]*', ''))
 where o.ended_after is not null;

alter table obligation
    add constraint obligation_reopenable check ((ended_after is null) = (rule_before_end is null));
