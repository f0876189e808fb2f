-- Issue #12: the flagging service. A flag is a named rule that holds for one subject of a contract
-- (a dispute, a deadline, a clause, a demand), with a severity, an explanation in words and its
-- evidence. Flags are derived data: the flag feature recomputes a contract's flags whenever what
-- they rest on changes, so they are not audited themselves; a dismissal (who, when, why) is.
create sequence flag_seq start with 1 increment by 50;
create table flag (
    id               bigint      primary key,
    version          bigint      not null default 0,
    contract_id      bigint      not null references contract (id),
    rule             text        not null check (rule ~ '^[A-Z][A-Z_]{0,59}$'),
    subject          text        not null check (length(subject) between 1 and 100),
    severity         text        not null check (severity in ('HIGH', 'MEDIUM', 'LOW')),
    attention        boolean     not null,
    clause_id        bigint      references clause (id),
    deadline_id      bigint      references deadline (id),
    explanation      text        not null check (length(explanation) between 1 and 4000),
    evidence         text        check (length(evidence) <= 4000),
    sentence_start   int,
    sentence_end     int,
    words_start      int,
    words_end        int,
    fingerprint      text        not null check (length(fingerprint) = 64),
    raised_at        timestamptz not null,
    dismissal_id     bigint,
    constraint flag_subject_uq unique (rule, subject),
    constraint flag_sentence check ((sentence_start is null) = (sentence_end is null)
                                    and (words_start is null) = (words_end is null))
);
create index flag_contract_idx on flag (contract_id);
create index flag_clause_idx on flag (clause_id) where clause_id is not null;
create index flag_deadline_idx on flag (deadline_id) where deadline_id is not null;
-- The contract list: "needs attention" and "filter by flag" read flags nobody dismissed.
create index flag_attention_idx on flag (contract_id) where attention and dismissal_id is null;
create index flag_rule_idx on flag (rule, contract_id) where dismissal_id is null;

create sequence flag_dismissal_seq start with 1 increment by 50;
create table flag_dismissal (
    id           bigint      primary key,
    version      bigint      not null default 0,
    contract_id  bigint      not null references contract (id),
    rule         text        not null,
    subject      text        not null,
    explanation  text        not null,
    fingerprint  text        not null,
    reason       text        not null check (length(reason) between 1 and 2000),
    dismissed_by text        not null check (length(dismissed_by) between 1 and 100),
    dismissed_at timestamptz not null
);
create index flag_dismissal_contract_idx on flag_dismissal (contract_id);
alter table flag add constraint flag_dismissal_fk foreign key (dismissal_id) references flag_dismissal (id);
create index flag_dismissal_ref_idx on flag (dismissal_id) where dismissal_id is not null;

create table flag_dismissal_aud (
    id           bigint   not null,
    rev          bigint   not null references revinfo (rev),
    revtype      smallint,
    revend       bigint   references revinfo (rev),
    revend_tstmp timestamp,
    contract_id  bigint,
    rule         text,
    subject      text,
    explanation  text,
    fingerprint  text,
    reason       text,
    dismissed_by text,
    dismissed_at timestamptz,
    primary key (rev, id)
);
create index flag_dismissal_aud_idx on flag_dismissal_aud (id, rev);
create index flag_dismissal_aud_contract_idx on flag_dismissal_aud (contract_id, rev);
select protect_audit_table('flag_dismissal_aud', '${app_role}');

-- Contracts whose flags must be computed again. Every writer of what flags rest on (the
-- application, demo data, the scale generator, an administrator's SQL) marks the contract through
-- these statement triggers, so no change is missed; the flag job and the pages that show flags
-- catch up (claims with FOR UPDATE SKIP LOCKED, safe with two servers).
create table flag_stale (
    contract_id bigint      primary key references contract (id),
    marked_at   timestamptz not null default now()
);
create index flag_stale_marked_idx on flag_stale (marked_at);

create function flag_mark_stale() returns trigger language plpgsql as $$
begin
    insert into flag_stale (contract_id)
    select distinct contract_id from changed where contract_id is not null
    on conflict do nothing;
    return null;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['clause', 'deadline', 'dispute', 'usage_restriction', 'term_position'] loop
        execute format('create trigger %I after insert on %I referencing new table as changed'
                       || ' for each statement execute function flag_mark_stale()', t || '_flag_insert', t);
        execute format('create trigger %I after update on %I referencing new table as changed'
                       || ' for each statement execute function flag_mark_stale()', t || '_flag_update', t);
    end loop;
end
$$;

-- Consequences are written after their deadline row.
create function flag_mark_consequence_stale() returns trigger language plpgsql as $$
begin
    insert into flag_stale (contract_id)
    select distinct d.contract_id from changed c join deadline d on d.id = c.deadline_id
    on conflict do nothing;
    return null;
end
$$;
create trigger deadline_consequence_flag_insert after insert on deadline_consequence
    referencing new table as changed for each statement execute function flag_mark_consequence_stale();
create trigger deadline_consequence_flag_delete after delete on deadline_consequence
    referencing old table as changed for each statement execute function flag_mark_consequence_stale();

-- Time-based rules: the flag job marks contracts whose deadlines crossed a lead time or a due time
-- since it last looked.
create table flag_clock (
    id            int         primary key check (id = 1),
    checked_until timestamptz not null
);
insert into flag_clock (id, checked_until) values (1, now());

-- Every existing contract gets its flags on the first pass.
insert into flag_stale (contract_id) select id from contract;
