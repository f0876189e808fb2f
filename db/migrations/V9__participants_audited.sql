-- Participants are added and removed from a page since issue #8, so their changes belong in the
-- audit trail. Envers audits an ordered list of embeddables reliably (a set is ordered by an
-- ordinal it computes, which rows written by SQL cannot match): participants get a position.
alter table contract_participant add column position int;
update contract_participant p set position = x.n - 1
from (select contract_id, party_id, role,
             row_number() over (partition by contract_id order by role, party_id) as n
      from contract_participant) x
where x.contract_id = p.contract_id and x.party_id = p.party_id and x.role = p.role;
alter table contract_participant
    alter column position set not null,
    add constraint contract_participant_position check (position >= 0),
    drop constraint contract_participant_pkey,
    add primary key (contract_id, position),
    -- Deferred: removing one from the middle of the list moves the later ones up a position.
    add constraint contract_participant_uq unique (contract_id, party_id, role)
        deferrable initially deferred;

create table contract_participant_aud (
    contract_id  bigint   not null,
    position     integer  not null,
    rev          bigint   not null references revinfo (rev),
    revtype      smallint not null,
    revend       bigint   references revinfo (rev),
    revend_tstmp timestamp,
    party_id     bigint,
    role         text,
    primary key (revtype, position, rev, contract_id)
);
create index contract_participant_aud_idx on contract_participant_aud (contract_id, rev);
create trigger contract_participant_aud_guard before update or delete on contract_participant_aud
    for each row execute function guard_audit_row();
create trigger contract_participant_aud_no_truncate before truncate on contract_participant_aud
    for each statement execute function reject_audit_change();
revoke update, delete, truncate on contract_participant_aud from public;

-- audit_baseline (V6, V7) now also gives participants written by SQL a first version, in the same
-- revision as the entities' baseline when there is one.
alter function audit_baseline(text) rename to audit_baseline_entities;
create function audit_baseline(reason text) returns bigint language plpgsql as $$
declare
    r bigint;
    n bigint;
    c bigint;
begin
    n := audit_baseline_entities(reason);
    if not exists (select 1 from contract_participant x
                   where not exists (select 1 from contract_participant_aud a
                                     where a.contract_id = x.contract_id)) then
        return n;
    end if;
    if n > 0 then
        r := currval('revinfo_seq');
    else
        r := nextval('revinfo_seq');
        insert into revinfo (rev, revtstmp, username, client_address)
        values (r, (extract(epoch from clock_timestamp()) * 1000)::bigint,
                'system: ' || left(coalesce(reason, 'baseline'), 50), null);
    end if;
    insert into contract_participant_aud (contract_id, position, rev, revtype, party_id, role)
    select x.contract_id, x.position, r, 0, x.party_id, x.role from contract_participant x
    where not exists (select 1 from contract_participant_aud a where a.contract_id = x.contract_id);
    get diagnostics c = row_count;
    return n + c;
end;
$$;

select audit_baseline('V9 migration');
