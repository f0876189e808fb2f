-- "Needs attention" asks for the contracts with a disputed usage restriction on every list
-- request. Through the clause that meant one index probe per disputed restriction (about 40 ms at
-- 100,000 contracts); each restriction now carries its clause's contract, kept by a trigger, and a
-- partial index answers the question directly.
alter table usage_restriction add column contract_id bigint references contract (id);

create function usage_restriction_contract() returns trigger language plpgsql as $$
begin
    new.contract_id := (select contract_id from clause where id = new.clause_id);
    return new;
end;
$$;
create trigger usage_restriction_contract before insert or update of clause_id on usage_restriction
    for each row execute function usage_restriction_contract();

update usage_restriction r set contract_id = c.contract_id from clause c where c.id = r.clause_id;
alter table usage_restriction alter column contract_id set not null;

create index usage_restriction_disputed_contract_idx on usage_restriction (contract_id)
    where status = 'DISPUTED';
create index usage_restriction_contract_idx on usage_restriction (contract_id);
