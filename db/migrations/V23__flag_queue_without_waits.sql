-- Issue #12, found by CI: a deadlock between a transaction recording a position (it locks the
-- clause's row FOR UPDATE, then its trigger queues the contract) and the flag job (it had claimed
-- that contract's queue row, then inserted a flag whose foreign key to the clause waited for the
-- clause's lock). Two changes:
-- 1. Flags are derived data, recomputed from their facts: no foreign keys to contract, clause or
--    deadline, so the flag job never waits for a business transaction's row locks.
-- 2. The queue is a log: every write appends a row (no unique key), so a business transaction
--    never waits for the flag job either; the job claims rows with FOR UPDATE SKIP LOCKED and a
--    change made while it computes is a new row, computed on the next pass.
alter table flag drop constraint if exists flag_contract_id_fkey;
alter table flag drop constraint if exists flag_clause_id_fkey;
alter table flag drop constraint if exists flag_deadline_id_fkey;

drop table flag_stale;
create table flag_stale (
    id          bigint      generated always as identity primary key,
    contract_id bigint      not null,
    marked_at   timestamptz not null default now()
);
create index flag_stale_contract_idx on flag_stale (contract_id);

create or replace function flag_mark_stale() returns trigger language plpgsql as $$
begin
    insert into flag_stale (contract_id)
    select distinct contract_id from changed where contract_id is not null;
    return null;
end
$$;

create or replace function flag_mark_consequence_stale() returns trigger language plpgsql as $$
begin
    insert into flag_stale (contract_id)
    select distinct d.contract_id from changed c join deadline d on d.id = c.deadline_id;
    return null;
end
$$;

insert into flag_stale (contract_id) select id from contract;
