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

select protect_audit_table('annotation_aud', '${app_role}');
select protect_audit_table('annotation_reply_aud', '${app_role}');

-- Annotations and replies written by SQL (demo data) get a first version in the audit trail too.
insert into audit_baseline_source (table_name, key_column, position) values
    ('annotation', 'id', 13), ('annotation_reply', 'id', 14);
