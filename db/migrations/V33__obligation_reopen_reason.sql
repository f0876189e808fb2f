-- Reopening an ended obligation asks why, like ending it: who, when and the reason are kept until
-- it is ended again (the end it undid stays in obligation_aud).
alter table obligation add column reopened_by text check (length(reopened_by) between 1 and 64);
alter table obligation add column reopened_at timestamptz;
alter table obligation add column reopen_reason text check (length(reopen_reason) between 1 and 2000);
alter table obligation
    add constraint obligation_reopened_whole check (
        (reopened_by is null and reopened_at is null and reopen_reason is null)
        or (reopened_by is not null and reopened_at is not null and reopen_reason is not null
            and ended_after is null));

alter table obligation_aud add column reopened_by text;
alter table obligation_aud add column reopened_at timestamptz;
alter table obligation_aud add column reopen_reason text;
