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

-- An audit table is append-only for the application (V6, V12): guard triggers, and of updates only
-- the columns that close a version. Later migrations call this for their own audit tables.
create function protect_audit_table(t text, app_role text) returns void language plpgsql as $$
begin
    execute format('create trigger %I before update or delete on %I'
        || ' for each row execute function guard_audit_row()', t || '_guard', t);
    execute format('create trigger %I before truncate on %I'
        || ' for each statement execute function reject_audit_change()', t || '_no_truncate', t);
    execute format('revoke update, delete, truncate on %I from public', t);
    execute format('revoke update, delete, truncate on %I from %I', t, app_role);
    execute format('grant update (revend, revend_tstmp) on %I to %I', t, app_role);
end;
$$;
revoke execute on function protect_audit_table(text, text) from public;
select protect_audit_table('term_position_aud', '${app_role}');
select protect_audit_table('dispute_aud', '${app_role}');

-- audit_baseline (V6, V7, V9) copied every audited table's columns into its body, so each new
-- audited table or column meant another copy. From here it is driven by a table: the audited
-- tables with the column that tells whether a row has a first version, and the columns it copies
-- are those the table and its _aud table share (read from the catalogue when it runs). A migration
-- that audits a new table adds a row; one that adds a column adds nothing.
create table audit_baseline_source (
    table_name text primary key,
    key_column text not null,
    position   int  not null unique
);
insert into audit_baseline_source (table_name, key_column, position) values
    ('party', 'id', 1), ('contract', 'id', 2), ('contract_authorisation', 'contract_id', 3),
    ('modification', 'id', 4), ('clause', 'id', 5), ('usage_restriction', 'id', 6),
    ('deadline', 'id', 7), ('deadline_consequence', 'deadline_id', 8), ('obligation', 'id', 9),
    ('contract_participant', 'contract_id', 10), ('term_position', 'id', 11), ('dispute', 'id', 12);

-- The application reads nothing here and changes nothing.
do $$
begin
    execute format('revoke all on audit_baseline_source from %I', '${app_role}');
end $$;

drop function audit_baseline(text);
drop function audit_baseline_entities(text);

-- Rows written outside the application (migrations, demo data, bulk loads) get a first version in
-- one "baseline" revision. Idempotent; returns the number of versions written.
create function audit_baseline(reason text) returns bigint language plpgsql as $$
declare
    src record;
    columns text;
    missing boolean;
    r bigint;
    c bigint;
    n bigint := 0;
begin
    for src in select table_name, key_column from audit_baseline_source order by position loop
        execute format('select exists (select 1 from %I x where not exists'
                       || ' (select 1 from %I a where a.%I = x.%I))',
                       src.table_name, src.table_name || '_aud', src.key_column, src.key_column)
            into missing;
        if not missing then
            continue;
        end if;
        if r is null then
            r := nextval('revinfo_seq');
            insert into revinfo (rev, revtstmp, username, client_address)
            values (r, (extract(epoch from clock_timestamp()) * 1000)::bigint,
                    'system: ' || left(coalesce(reason, 'baseline'), 50), null);
        end if;
        select string_agg(quote_ident(t.column_name), ', ' order by t.ordinal_position)
          into columns
          from information_schema.columns t
         where t.table_schema = current_schema() and t.table_name = src.table_name
           and exists (select 1 from information_schema.columns a
                        where a.table_schema = t.table_schema
                          and a.table_name = src.table_name || '_aud'
                          and a.column_name = t.column_name);
        execute format('insert into %I (%s, rev, revtype) select %s, $1, 0 from %I x'
                       || ' where not exists (select 1 from %I a where a.%I = x.%I)',
                       src.table_name || '_aud', columns, columns, src.table_name,
                       src.table_name || '_aud', src.key_column, src.key_column)
            using r;
        get diagnostics c = row_count;
        n := n + c;
    end loop;
    return n;
end;
$$;

-- Executed wording is no longer overwritten by legal staff: a contracting officer corrects a typo,
-- saying what was corrected; the note is part of that version in the audit trail, and a
-- modification that revises the clause clears it.
alter table clause add column correction_note text check (length(correction_note) between 1 and 500);
alter table clause_aud add column correction_note text;

-- The positions and disputes made from what was there before get their first audit version.
select audit_baseline('V17 migration');
