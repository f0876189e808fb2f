-- The contract list sorted most urgent first, at any depth, like the overview. A contract's urgency
-- is one number, kept on the contract by triggers on its flags, with an index in (urgency, number)
-- order, so the list's keyset paging serves it like any other sort. It encodes the overview's order
-- (contract.domain.Urgency reads it back):
--   the most severe flag that asks for attention and nobody dismissed (severity_rank 0, 1, 2)
--     * 100,000,000,000
--   + its due time in seconds since 1970 + 50,000,000,000 (years about 390 to 3550), or
--     99,999,999,999 when it has none (last within its severity);
--   300,000,000,000 when no flag asks for attention (after every contract that needs it).
create function flag_urgency(severity_rank smallint, due_at timestamptz) returns bigint
    language sql immutable parallel safe as $$
    -- Not coalesce(least(greatest(...))): GREATEST and LEAST skip nulls, so no time gave 0.
    select severity_rank::bigint * 100000000000
         + case when due_at is null then 99999999999
                else least(greatest(floor(extract(epoch from due_at))::bigint + 50000000000, 0),
                           99999999998) end
$$;

alter table contract add column urgency bigint not null default 300000000000;

-- Before the update below (V34: CREATE INDEX refuses a table with pending trigger events).
create index contract_urgency_idx on contract (urgency, number);

-- The overview reads the contracts' urgency now; V34's index over the flags served it alone.
drop index flag_urgency_idx;

update contract c set urgency = u.urgency
  from (select contract_id, min(flag_urgency(severity_rank, due_at)) urgency
          from flag where attention and dismissal_id is null group by contract_id) u
 where c.id = u.contract_id;

-- Whoever writes flags (the flag job, a page catching up, a dismissal, an administrator's SQL), the
-- contract's urgency follows in the same transaction. The contracts are locked first, in id order,
-- and their urgency read afterwards: in READ COMMITTED that second statement sees what a concurrent
-- writer of the same contract's flags committed while this one waited, so the last to commit
-- writes the urgency of every flag as committed. Unchanged urgency is not written.
create function contract_urgency_follow_flags() returns trigger language plpgsql as $$
begin
    perform 1 from contract
      where id in (select contract_id from changed)
      order by id
      for no key update;
    update contract c set urgency = u.urgency
      from (select ids.contract_id,
                   coalesce((select min(flag_urgency(f.severity_rank, f.due_at)) from flag f
                              where f.contract_id = ids.contract_id and f.attention
                                and f.dismissal_id is null),
                            300000000000) urgency
              from (select distinct contract_id from changed) ids) u
     where c.id = u.contract_id and c.urgency <> u.urgency;
    return null;
end
$$;

create trigger flag_urgency_insert after insert on flag referencing new table as changed
    for each statement execute function contract_urgency_follow_flags();
create trigger flag_urgency_update after update on flag referencing new table as changed
    for each statement execute function contract_urgency_follow_flags();
create trigger flag_urgency_delete after delete on flag referencing old table as changed
    for each statement execute function contract_urgency_follow_flags();
