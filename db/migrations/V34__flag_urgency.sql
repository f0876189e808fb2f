-- The overview lists the contracts that need attention most urgent first: the most severe flag,
-- then the earliest time it falls due (a deadline's due time, an overdue obligation's first
-- unsettled day), then the contract. severity_rank orders severities (text sorts HIGH, LOW,
-- MEDIUM); the partial index lets the overview stop after its first few contracts.
alter table flag
    add column severity_rank smallint not null generated always as
        (case severity when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end) stored,
    add column due_at timestamptz;

-- Before the update below: PostgreSQL refuses CREATE INDEX on a table with pending trigger events
-- in the same transaction (the update leaves some on an existing database).
create index flag_urgency_idx on flag (severity_rank, due_at, contract_id)
    where attention and dismissal_id is null;

update flag f set due_at = d.due_at from deadline d where f.deadline_id = d.id;

-- An overdue obligation's first unsettled day is known to the flag job only: recompute those.
insert into flag_stale (contract_id)
select distinct contract_id from flag where rule = 'OBLIGATION_OVERDUE';
