-- Issue #12: an open obligation whose occurrences passed unsettled is flagged (OBLIGATION_OVERDUE).
-- Writes to obligations and their settled occurrences queue the contract, like V21's triggers; the
-- flag job queues contracts with open dated obligations once a day (UTC), when occurrences may
-- have become overdue, through this partial index.
create trigger obligation_flag_insert after insert on obligation
    referencing new table as changed for each statement execute function flag_mark_stale();
create trigger obligation_flag_update after update on obligation
    referencing new table as changed for each statement execute function flag_mark_stale();

create function flag_mark_occurrence_stale() returns trigger language plpgsql as $$
begin
    insert into flag_stale (contract_id)
    select distinct o.contract_id from changed c join obligation o on o.id = c.obligation_id;
    return null;
end
$$;
create trigger obligation_occurrence_flag_insert after insert on obligation_occurrence
    referencing new table as changed for each statement execute function flag_mark_occurrence_stale();
create trigger obligation_occurrence_flag_update after update on obligation_occurrence
    referencing new table as changed for each statement execute function flag_mark_occurrence_stale();
create trigger obligation_occurrence_flag_delete after delete on obligation_occurrence
    referencing old table as changed for each statement execute function flag_mark_occurrence_stale();

create index obligation_open_due_idx on obligation (due_date) where status = 'OPEN';

insert into flag_stale (contract_id) select distinct contract_id from obligation where status = 'OPEN';
