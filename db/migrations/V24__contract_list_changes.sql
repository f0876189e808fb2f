-- Issue #8: the contract list keeps its capped counts per filter and clearance across requests, as
-- long as nothing they depend on changed. Every committed change to a contract, a party (the party
-- filter) or a flag (the "needs attention" and flag filters) advances this sequence; the list
-- reads it (one statement) and counts again when it moved. The triggers are deferred to the
-- commit, so a reader rarely sees the new value before the change; the list also counts again
-- after a minute whatever happens.
create sequence contract_list_change_seq;

create or replace function contract_list_changed() returns trigger language plpgsql as $$
begin
    perform nextval('contract_list_change_seq');
    return null;
end
$$;

create constraint trigger contract_list_change after insert or update or delete on contract
    deferrable initially deferred for each row execute function contract_list_changed();
create constraint trigger party_list_change after insert or update or delete on party
    deferrable initially deferred for each row execute function contract_list_changed();
create constraint trigger flag_list_change after insert or update or delete on flag
    deferrable initially deferred for each row execute function contract_list_changed();

-- From the start a read of last_value moves with every change (a new sequence reports 1 twice).
select nextval('contract_list_change_seq');
