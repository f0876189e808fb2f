-- Issue #9: annotations on clause text, with replies, and proposed wording. An annotation points at
-- words of a clause the W3C Web Annotation way: a text-quote selector (exact words, up to 32
-- characters before and after) and a text-position selector, stored with the clause version it was
-- made on. When the clause is amended its anchor is found again (exact, then fuzzy) or it becomes
-- orphaned, keeping its original quote. Proposed wording replaces the annotated words; it is
-- accepted through a modification (linked) or rejected.
create sequence annotation_seq start with 1 increment by 50;
create table annotation (
    id                  bigint      primary key,
    version             bigint      not null default 0,
    contract_id         bigint      not null references contract (id),
    clause_id           bigint      not null references clause (id),
    kind                text        not null check (kind in ('COMMENT', 'CONCERN', 'PROPOSED_WORDING')),
    body                text        not null check (length(body) between 1 and 10000),
    proposed_text       text        check (length(proposed_text) <= 200000),
    quote_exact         text        not null check (length(quote_exact) between 1 and 2000),
    quote_prefix        text        not null check (length(quote_prefix) <= 32),
    quote_suffix        text        not null check (length(quote_suffix) <= 32),
    quote_start         int         not null check (quote_start >= 0),
    quote_end           int         not null,
    made_on_version     bigint      not null,
    anchor_state        text        not null check (anchor_state in ('ANCHORED', 'FUZZY', 'ORPHANED')),
    anchor_start        int,
    anchor_end          int,
    anchored_on_version bigint      not null,
    state               text        not null check (state in ('OPEN', 'RESOLVED', 'REOPENED')),
    author              text        not null check (length(author) between 1 and 100),
    created_at          timestamptz not null,
    state_changed_at    timestamptz,
    state_changed_by    text        check (length(state_changed_by) between 1 and 100),
    decision            text        check (decision in ('ACCEPTED', 'REJECTED')),
    decided_at          timestamptz,
    decided_by          text        check (length(decided_by) between 1 and 100),
    decision_note       text        check (length(decision_note) between 1 and 2000),
    modification_id     bigint      references modification (id),
    constraint annotation_quote check (quote_end > quote_start),
    constraint annotation_anchor check ((anchor_state = 'ORPHANED') = (anchor_start is null)
                                        and (anchor_start is null) = (anchor_end is null)),
    constraint annotation_proposal check ((kind = 'PROPOSED_WORDING') = (proposed_text is not null)),
    constraint annotation_decision check ((decision is null) or kind = 'PROPOSED_WORDING'),
    constraint annotation_accepted check ((decision = 'ACCEPTED') = (modification_id is not null))
);
create index annotation_clause_idx on annotation (clause_id, anchor_start);
create index annotation_contract_idx on annotation (contract_id);

create sequence annotation_reply_seq start with 1 increment by 50;
create table annotation_reply (
    id            bigint      primary key,
    version       bigint      not null default 0,
    annotation_id bigint      not null references annotation (id),
    contract_id   bigint      not null references contract (id),
    author        text        not null check (length(author) between 1 and 100),
    body          text        not null check (length(body) between 1 and 10000),
    created_at    timestamptz not null
);
create index annotation_reply_annotation_idx on annotation_reply (annotation_id, created_at);
create index annotation_reply_contract_idx on annotation_reply (contract_id);

create table annotation_aud (
    id                  bigint   not null,
    rev                 bigint   not null references revinfo (rev),
    revtype             smallint,
    revend              bigint   references revinfo (rev),
    revend_tstmp        timestamp,
    contract_id         bigint,
    clause_id           bigint,
    kind                text,
    body                text,
    proposed_text       text,
    quote_exact         text,
    quote_prefix        text,
    quote_suffix        text,
    quote_start         int,
    quote_end           int,
    made_on_version     bigint,
    anchor_state        text,
    anchor_start        int,
    anchor_end          int,
    anchored_on_version bigint,
    state               text,
    author              text,
    created_at          timestamptz,
    state_changed_at    timestamptz,
    state_changed_by    text,
    decision            text,
    decided_at          timestamptz,
    decided_by          text,
    decision_note       text,
    modification_id     bigint,
    primary key (rev, id)
);
create index annotation_aud_idx on annotation_aud (id, rev);
create index annotation_aud_contract_idx on annotation_aud (contract_id, rev);

create table annotation_reply_aud (
    id            bigint   not null,
    rev           bigint   not null references revinfo (rev),
    revtype       smallint,
    revend        bigint   references revinfo (rev),
    revend_tstmp  timestamp,
    annotation_id bigint,
    contract_id   bigint,
    author        text,
    body          text,
    created_at    timestamptz,
    primary key (rev, id)
);
create index annotation_reply_aud_idx on annotation_reply_aud (id, rev);
create index annotation_reply_aud_contract_idx on annotation_reply_aud (contract_id, rev);

do $$
declare
    t text;
begin
    foreach t in array array['annotation_aud', 'annotation_reply_aud'] loop
        execute format('create trigger %I before update or delete on %I'
            || ' for each row execute function guard_audit_row()', t || '_guard', t);
        execute format('create trigger %I before truncate on %I'
            || ' for each statement execute function reject_audit_change()', t || '_no_truncate', t);
        execute format('revoke update, delete, truncate on %I from public', t);
        execute format('revoke update, delete, truncate on %I from %I', t, '${app_role}');
        execute format('grant update (revend, revend_tstmp) on %I to %I', t, '${app_role}');
    end loop;
end $$;

-- Annotations and replies written by SQL (demo data) get a first version in the audit trail too,
-- in the same baseline revision as the rest when there is one.
alter function audit_baseline(text) rename to audit_baseline_before_annotations;
create function audit_baseline(reason text) returns bigint language plpgsql as $$
declare
    n bigint;
    c bigint;
    r bigint;
begin
    n := audit_baseline_before_annotations(reason);
    if not (exists (select 1 from annotation x where not exists (select 1 from annotation_aud a where a.id = x.id))
        or exists (select 1 from annotation_reply x where not exists (select 1 from annotation_reply_aud a where a.id = x.id))) then
        return n;
    end if;
    if n > 0 then
        r := currval('revinfo_seq');
    else
        r := nextval('revinfo_seq');
        insert into revinfo (rev, revtstmp, username, client_address)
        values (r, (extract(epoch from clock_timestamp()) * 1000)::bigint, 'system: ' || left(coalesce(reason, 'baseline'), 50), null);
    end if;
    insert into annotation_aud (id, rev, revtype, contract_id, clause_id, kind, body, proposed_text,
        quote_exact, quote_prefix, quote_suffix, quote_start, quote_end, made_on_version,
        anchor_state, anchor_start, anchor_end, anchored_on_version, state, author, created_at,
        state_changed_at, state_changed_by, decision, decided_at, decided_by, decision_note,
        modification_id)
    select x.id, r, 0, x.contract_id, x.clause_id, x.kind, x.body, x.proposed_text, x.quote_exact,
        x.quote_prefix, x.quote_suffix, x.quote_start, x.quote_end, x.made_on_version,
        x.anchor_state, x.anchor_start, x.anchor_end, x.anchored_on_version, x.state, x.author,
        x.created_at, x.state_changed_at, x.state_changed_by, x.decision, x.decided_at,
        x.decided_by, x.decision_note, x.modification_id
    from annotation x where not exists (select 1 from annotation_aud a where a.id = x.id);
    get diagnostics c = row_count; n := n + c;
    insert into annotation_reply_aud (id, rev, revtype, annotation_id, contract_id, author, body,
        created_at)
    select x.id, r, 0, x.annotation_id, x.contract_id, x.author, x.body, x.created_at
    from annotation_reply x where not exists (select 1 from annotation_reply_aud a where a.id = x.id);
    get diagnostics c = row_count; n := n + c;
    return n;
end;
$$;
