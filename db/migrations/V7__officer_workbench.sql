-- The contracting officer's workbench (issue #8): deadlines are extended and closed by someone
-- with a note, each occurrence of an obligation is settled on its own, modifications change the
-- funding and the clauses, a clause number is unique within its contract, and the clause
-- library is searchable. Audit twins (V6) follow every new column and table.

-- ---------------------------------------------------------------- clauses
-- A contract never had two clauses of one number on purpose; older data may. Later ones get a
-- suffix " (2)", " (3)"... so that nothing is lost, then the number becomes unique.
with duplicate as (
    select id, number, row_number() over (partition by contract_id, number order by position, id) as n
    from clause
)
update clause c
set number = left(d.number, 34) || ' (' || d.n || ')', version = c.version + 1
from duplicate d
where c.id = d.id and d.n > 1;

-- The unique constraint's index also serves "clause N of contract C".
alter table clause
    add constraint clause_number_uq unique (contract_id, number),
    -- The modification that made this version of the clause (null: part of the award).
    add column modification_id bigint references modification (id),
    -- Removed by a modification: kept, with its history, but no longer in force.
    add column removed boolean not null default false;
create index clause_modification_idx on clause (modification_id);
drop index clause_number_idx;
create index clause_number_idx on clause (number);

alter table clause_aud
    add column modification_id bigint,
    add column removed boolean;

-- ---------------------------------------------------------------- modifications
alter table modification
    -- Funding: the change of the obligated amount (negative: de-obligation).
    add column obligated_change numeric(19,2) not null default 0,
    add column new_start_date   date;
alter table modification_aud
    add column obligated_change numeric(19,2),
    add column new_start_date   date;

-- ---------------------------------------------------------------- deadlines
alter table deadline
    add column issued_at  timestamptz,
    add column closed_at  timestamptz,
    add column closed_by  text check (length(closed_by) between 1 and 64),
    add column close_note text check (length(close_note) <= 2000);
-- Deadlines closed before this migration (demo, generated data) were closed when due.
update deadline set closed_at = due_at, closed_by = 'system: before V7' where status <> 'OPEN';
alter table deadline
    add constraint deadline_closed_when check ((status = 'OPEN') = (closed_at is null)),
    add constraint deadline_closed_by check ((closed_at is null) = (closed_by is null));

-- "Needs attention": an open deadline from its kind's lead time before it is due, and while
-- overdue. The lead times live here, once. A trigger keeps each deadline's attention_at: the
-- moment it starts to need attention while open, null once closed, so that the planner's
-- statistics on the column describe open deadlines only (a condition on status and time together
-- was misestimated tenfold, and the list's "needs attention" count went quadratic at 1M rows).
create table deadline_lead_time (
    kind      text     primary key check (kind in ('ULTIMATUM', 'RESPONSE', 'DELIVERY', 'RENEWAL',
                                                    'OPTION_EXERCISE', 'REPORT', 'OTHER')),
    lead_time interval not null check (lead_time >= interval '0')
);
insert into deadline_lead_time (kind, lead_time) values
    ('ULTIMATUM', interval '7 days'), ('RESPONSE', interval '7 days'),
    ('DELIVERY', interval '14 days'), ('RENEWAL', interval '90 days'),
    ('OPTION_EXERCISE', interval '60 days'), ('REPORT', interval '7 days'),
    ('OTHER', interval '7 days');

alter table deadline add column attention_at timestamptz;
create function deadline_attention_at() returns trigger language plpgsql as $$
begin
    new.attention_at := case when new.status = 'OPEN' then
        new.due_at - (select lead_time from deadline_lead_time where kind = new.kind) end;
    return new;
end;
$$;
create trigger deadline_attention_at before insert or update of due_at, kind, status on deadline
    for each row execute function deadline_attention_at();
update deadline d set attention_at = d.due_at - l.lead_time
from deadline_lead_time l where l.kind = d.kind and d.status = 'OPEN';
alter table deadline add constraint deadline_attention_when_open
    check ((status = 'OPEN') = (attention_at is not null));
create index deadline_attention_idx on deadline (attention_at, contract_id)
    where attention_at is not null;
drop index deadline_open_ultimatum_idx;

alter table deadline_aud
    add column issued_at  timestamptz,
    add column closed_at  timestamptz,
    add column closed_by  text,
    add column close_note text;

-- Each extension: the due time it replaced, the new one, why, who and when.
create table deadline_extension (
    deadline_id     bigint      not null references deadline (id) on delete cascade,
    position        int         not null check (position >= 0),
    previous_due_at timestamptz not null,
    previous_zone   text        not null check (length(previous_zone) between 1 and 64),
    new_due_at      timestamptz not null,
    new_zone        text        not null check (length(new_zone) between 1 and 64),
    reason          text        not null check (length(reason) between 1 and 2000),
    extended_at     timestamptz not null,
    extended_by     text        not null check (length(extended_by) between 1 and 64),
    primary key (deadline_id, position)
);
create table deadline_extension_aud (
    deadline_id     bigint   not null,
    position        integer  not null,
    rev             bigint   not null references revinfo (rev),
    revtype         smallint not null,
    revend          bigint   references revinfo (rev),
    revend_tstmp    timestamp,
    previous_due_at timestamptz,
    previous_zone   text,
    new_due_at      timestamptz,
    new_zone        text,
    reason          text,
    extended_at     timestamptz,
    extended_by     text,
    primary key (revtype, position, rev, deadline_id)
);
create index deadline_extension_aud_idx on deadline_extension_aud (deadline_id, rev);

-- ---------------------------------------------------------------- obligations
alter table obligation
    add column responsible_person text check (length(responsible_person) between 1 and 200);
alter table obligation_aud
    add column responsible_person text;

-- Settled occurrences of an obligation (the one due date, or one date of its RRULE series).
-- Occurrences not listed here are open.
create table obligation_occurrence (
    obligation_id bigint      not null references obligation (id) on delete cascade,
    position      int         not null check (position >= 0),
    due_date      date        not null,
    outcome       text        not null check (outcome in ('FULFILLED', 'WAIVED', 'MISSED')),
    recorded_at   timestamptz not null,
    recorded_by   text        not null check (length(recorded_by) between 1 and 64),
    note          text        check (length(note) <= 2000),
    primary key (obligation_id, position),
    constraint obligation_occurrence_uq unique (obligation_id, due_date)
);
create table obligation_occurrence_aud (
    obligation_id bigint   not null,
    position      integer  not null,
    rev           bigint   not null references revinfo (rev),
    revtype       smallint not null,
    revend        bigint   references revinfo (rev),
    revend_tstmp  timestamp,
    due_date      date,
    outcome       text,
    recorded_at   timestamptz,
    recorded_by   text,
    note          text,
    primary key (revtype, position, rev, obligation_id)
);
create index obligation_occurrence_aud_idx on obligation_occurrence_aud (obligation_id, rev);

do $$
declare
    t text;
begin
    foreach t in array array['deadline_extension_aud', 'obligation_occurrence_aud']
    loop
        execute format('create trigger %I before update or delete on %I'
            || ' for each row execute function guard_audit_row()', t || '_guard', t);
        execute format('create trigger %I before truncate on %I'
            || ' for each statement execute function reject_audit_change()', t || '_no_truncate', t);
        execute format('revoke update, delete, truncate on %I from public', t);
    end loop;
end;
$$;

-- ---------------------------------------------------------------- clause library search
-- The library page searches number and title by "contains" and the text by words.
create index standard_clause_title_trgm_idx on standard_clause using gin (lower(title) gin_trgm_ops);
create index standard_clause_text_fts_idx on standard_clause
    using gin (to_tsvector('english', title || ' ' || text));
-- The words search as one function that JPQL can call; a one-line SQL function is inlined by the
-- planner, so the index above serves it.
create function cw_matches_words(title text, body text, words text) returns boolean
    language sql immutable parallel safe
    as $$ select to_tsvector('english', title || ' ' || body) @@ plainto_tsquery('english', words) $$;

-- ---------------------------------------------------------------- audit baseline
-- As in V6, with the columns added above.
create or replace function audit_baseline(reason text) returns bigint language plpgsql as $$
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
        or exists (select 1 from obligation x where not exists (select 1 from obligation_aud a where a.id = x.id))) then
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
        condition, status)
    select x.id, r, 0, x.clause_id, x.restricted_use, x.kind, x.condition, x.status
    from usage_restriction x where not exists (select 1 from usage_restriction_aud a where a.id = x.id);
    get diagnostics c = row_count; n := n + c;

    insert into restriction_position_aud (restriction_id, position, rev, revtype, party_id,
        statement, stated_on, source)
    select x.restriction_id, x.position, r, 0, x.party_id, x.statement, x.stated_on, x.source
    from restriction_position x
    where not exists (select 1 from restriction_position_aud a where a.restriction_id = x.restriction_id);
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
