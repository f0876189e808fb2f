-- Audit trail of business entities (Hibernate Envers, validity strategy), issue #4.
-- Each audited table has a twin "<table>_aud" holding every version of every row: rev is the
-- revision that wrote the version, revend the one that replaced it (null: still current), revtype
-- 0 = created, 1 = changed, 2 = deleted. revinfo says who, when (UTC) and from where.

-- One number per revision (no pooled blocks): revision numbers follow commit order also when
-- audit_baseline() below takes one from SQL, and Envers compares revisions by number.
create sequence revinfo_seq start with 1 increment by 1;

create table revinfo (
    rev            bigint      primary key,
    revtstmp       bigint      not null, -- milliseconds since 1970-01-01 UTC
    username       text        not null check (length(username) between 1 and 64),
    client_address text        check (length(client_address) <= 64)
);
create index revinfo_time_idx on revinfo (revtstmp);

create table party_aud (
    id           bigint   not null,
    rev          bigint   not null references revinfo (rev),
    revtype      smallint,
    revend       bigint   references revinfo (rev),
    revend_tstmp timestamp,
    name         text,
    kind         text,
    uei          text,
    cage_code    text,
    description  text,
    primary key (rev, id)
);

create table contract_aud (
    id               bigint   not null,
    rev              bigint   not null references revinfo (rev),
    revtype          smallint,
    revend           bigint   references revinfo (rev),
    revend_tstmp     timestamp,
    number           text,
    title            text,
    type             text,
    buyer_id         bigint,
    vendor_id        bigint,
    status           text,
    ceiling_amount   numeric(19,2),
    ceiling_currency text,
    obligated_amount numeric(19,2),
    award_date       date,
    period_start     date,
    period_end       date,
    classification   text,
    description      text,
    primary key (rev, id)
);

create table contract_authorisation_aud (
    contract_id  bigint   not null,
    position     integer  not null,
    rev          bigint   not null references revinfo (rev),
    revtype      smallint not null,
    revend       bigint   references revinfo (rev),
    revend_tstmp timestamp,
    description  text,
    granted_on   date,
    primary key (revtype, position, rev, contract_id)
);

create table modification_aud (
    id             bigint   not null,
    rev            bigint   not null references revinfo (rev),
    revtype        smallint,
    revend         bigint   references revinfo (rev),
    revend_tstmp   timestamp,
    contract_id    bigint,
    number         text,
    effective_date date,
    description    text,
    value_change   numeric(19,2),
    new_end_date   date,
    primary key (rev, id)
);

create table clause_aud (
    id           bigint   not null,
    rev          bigint   not null references revinfo (rev),
    revtype      smallint,
    revend       bigint   references revinfo (rev),
    revend_tstmp timestamp,
    contract_id  bigint,
    position     integer,
    number       text,
    cited_date   date,
    heading      text,
    text         text,
    category     text,
    primary key (rev, id)
);

create table usage_restriction_aud (
    id             bigint   not null,
    rev            bigint   not null references revinfo (rev),
    revtype        smallint,
    revend         bigint   references revinfo (rev),
    revend_tstmp   timestamp,
    clause_id      bigint,
    restricted_use text,
    kind           text,
    condition      text,
    status         text,
    primary key (rev, id)
);

create table restriction_position_aud (
    restriction_id bigint   not null,
    position       integer  not null,
    rev            bigint   not null references revinfo (rev),
    revtype        smallint not null,
    revend         bigint   references revinfo (rev),
    revend_tstmp   timestamp,
    party_id       bigint,
    statement      text,
    stated_on      date,
    source         text,
    primary key (revtype, position, rev, restriction_id)
);

create table deadline_aud (
    id              bigint   not null,
    rev             bigint   not null references revinfo (rev),
    revtype         smallint,
    revend          bigint   references revinfo (rev),
    revend_tstmp    timestamp,
    contract_id     bigint,
    title           text,
    kind            text,
    due_at          timestamptz,
    due_zone        text,
    issuer_id       bigint,
    responsible_id  bigint,
    demanded_action text,
    status          text,
    primary key (rev, id)
);

create table deadline_consequence_aud (
    deadline_id  bigint   not null,
    position     integer  not null,
    description  text     not null,
    rev          bigint   not null references revinfo (rev),
    revtype      smallint,
    revend       bigint   references revinfo (rev),
    revend_tstmp timestamp,
    primary key (position, rev, deadline_id, description)
);

create table obligation_aud (
    id               bigint   not null,
    rev              bigint   not null references revinfo (rev),
    revtype          smallint,
    revend           bigint   references revinfo (rev),
    revend_tstmp     timestamp,
    contract_id      bigint,
    owing_party_id   bigint,
    source_clause_id bigint,
    description      text,
    due_date         date,
    recurrence       text,
    status           text,
    primary key (rev, id)
);

-- Reads: one row's versions (validity strategy: "id = ? and rev <= ? and (revend > ? or null)"),
-- a contract's history (by contract), and closing the current version (revend is null).
create index party_aud_id_idx                on party_aud (id, rev);
create index contract_aud_id_idx             on contract_aud (id, rev);
create index contract_authorisation_aud_idx  on contract_authorisation_aud (contract_id, rev);
create index modification_aud_id_idx         on modification_aud (id, rev);
create index modification_aud_contract_idx   on modification_aud (contract_id, rev);
create index clause_aud_id_idx               on clause_aud (id, rev);
create index clause_aud_contract_idx         on clause_aud (contract_id, rev);
create index usage_restriction_aud_id_idx    on usage_restriction_aud (id, rev);
create index usage_restriction_aud_clause_idx on usage_restriction_aud (clause_id, rev);
create index restriction_position_aud_idx    on restriction_position_aud (restriction_id, rev);
create index deadline_aud_id_idx             on deadline_aud (id, rev);
create index deadline_aud_contract_idx       on deadline_aud (contract_id, rev);
create index deadline_consequence_aud_idx    on deadline_consequence_aud (deadline_id, rev);
create index obligation_aud_id_idx           on obligation_aud (id, rev);
create index obligation_aud_contract_idx     on obligation_aud (contract_id, rev);

-- Audit rows cannot be rewritten (AU-9). The validity strategy closes a version once by filling
-- in revend and revend_tstmp; that, and nothing else, is allowed.
create function guard_audit_row() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.revend is null
       and (to_jsonb(new) - 'revend' - 'revend_tstmp')
         = (to_jsonb(old) - 'revend' - 'revend_tstmp') then
        return new;
    end if;
    raise exception 'audit records are append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

do $$
declare
    t text;
begin
    foreach t in array array['party_aud', 'contract_aud', 'contract_authorisation_aud',
        'modification_aud', 'clause_aud', 'usage_restriction_aud', 'restriction_position_aud',
        'deadline_aud', 'deadline_consequence_aud', 'obligation_aud']
    loop
        execute format('create trigger %I before update or delete on %I'
            || ' for each row execute function guard_audit_row()', t || '_guard', t);
        execute format('create trigger %I before truncate on %I'
            || ' for each statement execute function reject_audit_change()', t || '_no_truncate', t);
        execute format('revoke update, delete, truncate on %I from public', t);
    end loop;
end;
$$;

create trigger revinfo_append_only before update or delete on revinfo
    for each row execute function reject_audit_change();
create trigger revinfo_no_truncate before truncate on revinfo
    for each statement execute function reject_audit_change();

-- Rows written outside the application (this migration's existing data, demo data, bulk loads)
-- get a first version in one "baseline" revision, so that their history starts somewhere and
-- the validity strategy finds a version to close on their first change. Idempotent; returns the
-- number of versions written.
create function audit_baseline(reason text) returns bigint language plpgsql as $$
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
        description, value_change, new_end_date)
    select x.id, r, 0, x.contract_id, x.number, x.effective_date, x.description, x.value_change,
        x.new_end_date
    from modification x where not exists (select 1 from modification_aud a where a.id = x.id);
    get diagnostics c = row_count; n := n + c;

    insert into clause_aud (id, rev, revtype, contract_id, position, number, cited_date, heading,
        text, category)
    select x.id, r, 0, x.contract_id, x.position, x.number, x.cited_date, x.heading, x.text,
        x.category
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
        issuer_id, responsible_id, demanded_action, status)
    select x.id, r, 0, x.contract_id, x.title, x.kind, x.due_at, x.due_zone, x.issuer_id,
        x.responsible_id, x.demanded_action, x.status
    from deadline x where not exists (select 1 from deadline_aud a where a.id = x.id);
    get diagnostics c = row_count; n := n + c;

    insert into deadline_consequence_aud (deadline_id, position, description, rev, revtype)
    select x.deadline_id, x.position, x.description, r, 0 from deadline_consequence x
    where not exists (select 1 from deadline_consequence_aud a where a.deadline_id = x.deadline_id);
    get diagnostics c = row_count; n := n + c;

    insert into obligation_aud (id, rev, revtype, contract_id, owing_party_id, source_clause_id,
        description, due_date, recurrence, status)
    select x.id, r, 0, x.contract_id, x.owing_party_id, x.source_clause_id, x.description,
        x.due_date, x.recurrence, x.status
    from obligation x where not exists (select 1 from obligation_aud a where a.id = x.id);
    get diagnostics c = row_count; n := n + c;

    return n;
end;
$$;

select audit_baseline('V6 migration');
