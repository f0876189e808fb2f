-- Issue #9: a party's position on a term (a clause, or a usage restriction of it) is a record with
-- a stance, revised or withdrawn with its earlier versions kept; a dispute is a record computed from
-- the parties' latest stances (opened when they disagree, closed when they no longer do, escalated,
-- resolved or abandoned by legal staff). The hand-set restriction status goes: a restriction is in
-- force or withdrawn, and "disputed" is read from the open dispute records only.

-- ---------------------------------------------------------------- positions
create sequence term_position_seq start with 1 increment by 50;
create table term_position (
    id             bigint      primary key,
    version        bigint      not null default 0,
    contract_id    bigint      not null references contract (id),
    clause_id      bigint      not null references clause (id),
    restriction_id bigint      references usage_restriction (id),
    party_id       bigint      not null references party (id),
    -- null only for the free-text positions recorded before stances existed (below)
    stance         text        check (stance in ('ACCEPTS', 'REJECTS', 'ACCEPTS_WITH_CONDITIONS',
                                                 'PROPOSES_ALTERNATIVE')),
    statement      text        not null check (length(statement) between 1 and 4000),
    stated_on      date        not null,
    source         text        not null check (length(source) between 1 and 500),
    state          text        not null check (state in ('CURRENT', 'REVISED', 'WITHDRAWN')),
    revises_id     bigint      references term_position (id),
    recorded_at    timestamptz not null,
    recorded_by    text        not null check (length(recorded_by) between 1 and 100),
    closed_at      timestamptz,
    closed_by      text        check (length(closed_by) between 1 and 100),
    constraint term_position_closed check ((state = 'CURRENT') = (closed_at is null))
);
-- The latest position of each party on a term: one at most (a second one at once is refused).
create unique index term_position_latest on term_position (clause_id, coalesce(restriction_id, 0), party_id)
    where state = 'CURRENT';
create index term_position_term_idx on term_position (clause_id, restriction_id, recorded_at);
create index term_position_restriction_idx on term_position (restriction_id) where restriction_id is not null;
create index term_position_party_idx on term_position (party_id);
create index term_position_contract_idx on term_position (contract_id);

-- ---------------------------------------------------------------- disputes
create sequence dispute_seq start with 1 increment by 50;
create table dispute (
    id                    bigint      primary key,
    version               bigint      not null default 0,
    contract_id           bigint      not null references contract (id),
    clause_id             bigint      not null references clause (id),
    restriction_id        bigint      references usage_restriction (id),
    state                 text        not null check (state in ('OPEN', 'ESCALATED', 'RESOLVED', 'ABANDONED')),
    opened_at             timestamptz not null,
    opened_by_position_id bigint      references term_position (id),
    explanation           text        not null check (length(explanation) between 1 and 2000),
    escalated_at          timestamptz,
    escalated_by          text        check (length(escalated_by) between 1 and 100),
    escalation_note       text        check (length(escalation_note) between 1 and 2000),
    closed_at             timestamptz,
    closed_by             text        check (length(closed_by) between 1 and 100),
    resolution            text        check (resolution in ('POSITIONS_AGREE', 'WITHDRAWN_DEMAND',
                                         'ACCEPTED_PROPOSAL', 'MODIFICATION', 'TERM_WITHDRAWN')),
    closing_note          text        check (length(closing_note) between 1 and 2000),
    modification_id       bigint      references modification (id),
    constraint dispute_closed check ((state in ('RESOLVED', 'ABANDONED')) = (closed_at is not null)),
    constraint dispute_resolution check ((state = 'RESOLVED') = (resolution is not null)),
    constraint dispute_modification check ((resolution = 'MODIFICATION') = (modification_id is not null))
);
-- One open dispute per term; "needs attention" reads the open ones per contract.
create unique index dispute_open_term on dispute (clause_id, coalesce(restriction_id, 0))
    where state in ('OPEN', 'ESCALATED');
create index dispute_open_contract_idx on dispute (contract_id) where state in ('OPEN', 'ESCALATED');
create index dispute_term_idx on dispute (clause_id, restriction_id, opened_at);

-- ---------------------------------------------------------------- what was there before
-- Free-text positions become positions without a stance (the latest per party current).
insert into term_position (id, version, contract_id, clause_id, restriction_id, party_id, stance,
                           statement, stated_on, source, state, recorded_at, recorded_by,
                           closed_at, closed_by)
select nextval('term_position_seq'), 0, r.contract_id, r.clause_id, r.id, p.party_id, null,
       p.statement, p.stated_on, p.source,
       case when p.position = max(p.position) over (partition by p.restriction_id, p.party_id)
            then 'CURRENT' else 'REVISED' end,
       now(), 'system: V17 migration',
       case when p.position = max(p.position) over (partition by p.restriction_id, p.party_id)
            then null else now() end,
       case when p.position = max(p.position) over (partition by p.restriction_id, p.party_id)
            then null else 'system: V17 migration' end
from restriction_position p join usage_restriction r on r.id = p.restriction_id;

-- A restriction someone marked disputed by hand keeps an open dispute until legal staff record
-- the stances that settle it, or close it.
insert into dispute (id, version, contract_id, clause_id, restriction_id, state, opened_at,
                     explanation)
select nextval('dispute_seq'), 0, r.contract_id, r.clause_id, r.id, 'OPEN', now(),
       'Marked disputed by hand before Clausewatch computed disputes from the parties'' stances.'
from usage_restriction r where r.status = 'DISPUTED';

alter table usage_restriction add column withdrawn boolean not null default false;
update usage_restriction set withdrawn = (status = 'WITHDRAWN');
alter table usage_restriction drop column status;
drop table restriction_position;

-- The audit trail keeps the old status values as they were; versions written from now on say
-- whether the restriction was withdrawn. (A schema change, not a change of history: the guard is
-- lifted for this one statement, which only fills the new column.)
alter table usage_restriction_aud add column withdrawn boolean;
alter table usage_restriction_aud disable trigger usage_restriction_aud_guard;
update usage_restriction_aud set withdrawn = (status = 'WITHDRAWN');
alter table usage_restriction_aud enable trigger usage_restriction_aud_guard;

-- ---------------------------------------------------------------- audit
create table term_position_aud (
    id             bigint   not null,
    rev            bigint   not null references revinfo (rev),
    revtype        smallint,
    revend         bigint   references revinfo (rev),
    revend_tstmp   timestamp,
    contract_id    bigint,
    clause_id      bigint,
    restriction_id bigint,
    party_id       bigint,
    stance         text,
    statement      text,
    stated_on      date,
    source         text,
    state          text,
    revises_id     bigint,
    recorded_at    timestamptz,
    recorded_by    text,
    closed_at      timestamptz,
    closed_by      text,
    primary key (rev, id)
);
create index term_position_aud_idx on term_position_aud (id, rev);
create index term_position_aud_contract_idx on term_position_aud (contract_id, rev);

create table dispute_aud (
    id                    bigint   not null,
    rev                   bigint   not null references revinfo (rev),
    revtype               smallint,
    revend                bigint   references revinfo (rev),
    revend_tstmp          timestamp,
    contract_id           bigint,
    clause_id             bigint,
    restriction_id        bigint,
    state                 text,
    opened_at             timestamptz,
    opened_by_position_id bigint,
    explanation           text,
    escalated_at          timestamptz,
    escalated_by          text,
    escalation_note       text,
    closed_at             timestamptz,
    closed_by             text,
    resolution            text,
    closing_note          text,
    modification_id       bigint,
    primary key (rev, id)
);
create index dispute_aud_idx on dispute_aud (id, rev);
create index dispute_aud_contract_idx on dispute_aud (contract_id, rev);

do $$
declare
    t text;
begin
    foreach t in array array['term_position_aud', 'dispute_aud'] loop
        execute format('create trigger %I before update or delete on %I'
            || ' for each row execute function guard_audit_row()', t || '_guard', t);
        execute format('create trigger %I before truncate on %I'
            || ' for each statement execute function reject_audit_change()', t || '_no_truncate', t);
        execute format('revoke update, delete, truncate on %I from public', t);
        execute format('revoke update, delete, truncate on %I from %I', t, '${app_role}');
        execute format('grant update (revend, revend_tstmp) on %I to %I', t, '${app_role}');
    end loop;
end $$;

-- audit_baseline (V6, V7, V9): restrictions say whether they are withdrawn; positions and disputes
-- written by SQL (demo data) get a first version too.
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
        classification, description)
    select x.id, r, 0, x.number, x.title, x.type, x.buyer_id, x.vendor_id, x.status,
        x.ceiling_amount, x.ceiling_currency, x.obligated_amount, x.award_date, x.period_start,
        x.period_end, x.classification, x.description
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
        condition, withdrawn)
    select x.id, r, 0, x.clause_id, x.restricted_use, x.kind, x.condition, x.withdrawn
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

-- Executed wording is no longer overwritten by legal staff: a contracting officer corrects a typo,
-- saying what was corrected; the note is part of that version in the audit trail, and a
-- modification that revises the clause clears it.
alter table clause add column correction_note text check (length(correction_note) between 1 and 500);
alter table clause_aud add column correction_note text;
