-- Issue #9: what a contract's record says that its source does not (the demo's contract numbers,
-- amounts and dates the seed article does not give) carries a visible "illustrative" mark wherever
-- the contract is shown: list, contract page, exports. The column says what is illustrative; null
-- means nothing is.
alter table contract add column illustrative text check (length(illustrative) between 1 and 500);
alter table contract_aud add column illustrative text;

-- audit_baseline (V6, V7, V9, V17, V18): rows written by SQL (demo data) get their illustrative
-- mark and their restriction's topic (V19) in their first audit version too.
create or replace function audit_baseline_entities(reason text) returns bigint language plpgsql as $$
declare
    r bigint;
    n bigint := 0;
    c bigint;
begin
    if not (exists (select 1 from party p where not exists (select 1 from party_aud a where a.id = p.id))
        or exists (select 1 from contract x where not exists (select 1 from contract_aud a where a.id = x.id))
        or exists (select 1 from modification x where not exists (select 1 from modification_aud a where a.id = x.id))
        or exists (select 1 from clause x where not exists (select 1 from clause_aud a where a.id = x.id))
        or exists (select 1 from usage_restriction x where not exists (select 1 from usage_restriction_aud a where a.id = x.id))
        or exists (select 1 from deadline x where not exists (select 1 from deadline_aud a where a.id = x.id))
        or exists (select 1 from obligation x where not exists (select 1 from obligation_aud a where a.id = x.id))
        or exists (select 1 from term_position x where not exists (select 1 from term_position_aud a where a.id = x.id))
        or exists (select 1 from dispute x where not exists (select 1 from dispute_aud a where a.id = x.id))) then
        return 0;
    end if;
    r := nextval('revinfo_seq');
    insert into revinfo (rev, revtstmp, username, client_address)
    values (r, (extract(epoch from clock_timestamp()) * 1000)::bigint, 'system: ' || left(coalesce(reason, 'baseline'), 50), null);

    insert into party_aud (id, rev, revtype, name, kind, uei, cage_code, description)
    select p.id, r, 0, p.name, p.kind, p.uei, p.cage_code, p.description from party p
    where not exists (select 1 from party_aud a where a.id = p.id);
    get diagnostics c = row_count; n := n + c;

    insert into contract_aud (id, rev, revtype, number, title, type, buyer_id, vendor_id, status,
        ceiling_amount, ceiling_currency, obligated_amount, award_date, period_start, period_end,
        classification, description, illustrative)
    select x.id, r, 0, x.number, x.title, x.type, x.buyer_id, x.vendor_id, x.status,
        x.ceiling_amount, x.ceiling_currency, x.obligated_amount, x.award_date, x.period_start,
        x.period_end, x.classification, x.description, x.illustrative
    from contract x where not exists (select 1 from contract_aud a where a.id = x.id);
    get diagnostics c = row_count; n := n + c;

    insert into contract_authorisation_aud (contract_id, position, rev, revtype, description, granted_on)
    select x.contract_id, x.position, r, 0, x.description, x.granted_on from contract_authorisation x
    where not exists (select 1 from contract_authorisation_aud a where a.contract_id = x.contract_id);
    get diagnostics c = row_count; n := n + c;

    insert into modification_aud (id, rev, revtype, contract_id, number, effective_date,
        description, value_change, new_end_date, obligated_change, new_start_date)
    select x.id, r, 0, x.contract_id, x.number, x.effective_date, x.description, x.value_change,
        x.new_end_date, x.obligated_change, x.new_start_date
    from modification x where not exists (select 1 from modification_aud a where a.id = x.id);
    get diagnostics c = row_count; n := n + c;

    insert into clause_aud (id, rev, revtype, contract_id, position, number, cited_date, heading,
        text, category, modification_id, removed)
    select x.id, r, 0, x.contract_id, x.position, x.number, x.cited_date, x.heading, x.text,
        x.category, x.modification_id, x.removed
    from clause x where not exists (select 1 from clause_aud a where a.id = x.id);
    get diagnostics c = row_count; n := n + c;

    insert into usage_restriction_aud (id, rev, revtype, clause_id, restricted_use, kind,
        condition, withdrawn, topic_id)
    select x.id, r, 0, x.clause_id, x.restricted_use, x.kind, x.condition, x.withdrawn, x.topic_id
    from usage_restriction x where not exists (select 1 from usage_restriction_aud a where a.id = x.id);
    get diagnostics c = row_count; n := n + c;

    insert into term_position_aud (id, rev, revtype, contract_id, clause_id, restriction_id,
        party_id, stance, statement, stated_on, source, state, revises_id, recorded_at,
        recorded_by, closed_at, closed_by)
    select x.id, r, 0, x.contract_id, x.clause_id, x.restriction_id, x.party_id, x.stance,
        x.statement, x.stated_on, x.source, x.state, x.revises_id, x.recorded_at, x.recorded_by,
        x.closed_at, x.closed_by
    from term_position x where not exists (select 1 from term_position_aud a where a.id = x.id);
    get diagnostics c = row_count; n := n + c;

    insert into dispute_aud (id, rev, revtype, contract_id, clause_id, restriction_id, state,
        opened_at, opened_by_position_id, explanation, escalated_at, escalated_by,
        escalation_note, closed_at, closed_by, resolution, closing_note, modification_id)
    select x.id, r, 0, x.contract_id, x.clause_id, x.restriction_id, x.state, x.opened_at,
        x.opened_by_position_id, x.explanation, x.escalated_at, x.escalated_by,
        x.escalation_note, x.closed_at, x.closed_by, x.resolution, x.closing_note,
        x.modification_id
    from dispute x where not exists (select 1 from dispute_aud a where a.id = x.id);
    get diagnostics c = row_count; n := n + c;

    insert into deadline_aud (id, rev, revtype, contract_id, title, kind, due_at, due_zone,
        issuer_id, responsible_id, demanded_action, status, issued_at, closed_at, closed_by,
        close_note)
    select x.id, r, 0, x.contract_id, x.title, x.kind, x.due_at, x.due_zone, x.issuer_id,
        x.responsible_id, x.demanded_action, x.status, x.issued_at, x.closed_at, x.closed_by,
        x.close_note
    from deadline x where not exists (select 1 from deadline_aud a where a.id = x.id);
    get diagnostics c = row_count; n := n + c;

    insert into deadline_consequence_aud (deadline_id, position, description, rev, revtype)
    select x.deadline_id, x.position, x.description, r, 0 from deadline_consequence x
    where not exists (select 1 from deadline_consequence_aud a where a.deadline_id = x.deadline_id);
    get diagnostics c = row_count; n := n + c;

    insert into obligation_aud (id, rev, revtype, contract_id, owing_party_id, source_clause_id,
        description, due_date, recurrence, status, responsible_person)
    select x.id, r, 0, x.contract_id, x.owing_party_id, x.source_clause_id, x.description,
        x.due_date, x.recurrence, x.status, x.responsible_person
    from obligation x where not exists (select 1 from obligation_aud a where a.id = x.id);
    get diagnostics c = row_count; n := n + c;

    return n;
end;
$$;
