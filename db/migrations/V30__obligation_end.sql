-- A recurring obligation ends: no occurrence after ended_after is owed (its rule gets that UNTIL),
-- with who ended it, when and why. Earlier occurrences keep their state.
alter table obligation
    add column ended_after date,
    add column ended_by    text check (length(ended_by) between 1 and 64),
    add column ended_at    timestamptz,
    add column end_reason  text check (length(end_reason) between 1 and 2000),
    add constraint obligation_end_whole check (
        (ended_after is null and ended_by is null and ended_at is null and end_reason is null)
        or (ended_after is not null and ended_by is not null and ended_at is not null
            and end_reason is not null and recurrence is not null));
alter table obligation_aud
    add column ended_after date,
    add column ended_by    text,
    add column ended_at    timestamptz,
    add column end_reason  text;
