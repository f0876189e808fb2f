-- Issue #9: a catalogue of topics legal staff keep ("mass surveillance of U.S. persons", "final
-- targeting without meaningful human involvement"), so one restriction can be compared across
-- every contract and vendor where it appears, and the contracts of the same buyer that lack it.
create sequence topic_seq start with 1 increment by 50;
create table topic (
    id          bigint      primary key,
    version     bigint      not null default 0,
    name        text        not null check (length(name) between 1 and 200),
    description text        check (length(description) between 1 and 2000),
    created_by  text        not null check (length(created_by) between 1 and 100),
    created_at  timestamptz not null
);
create unique index topic_name_idx on topic (lower(name));

alter table usage_restriction add column topic_id bigint references topic (id);
create index usage_restriction_topic_idx on usage_restriction (topic_id, contract_id)
    where topic_id is not null;
alter table usage_restriction_aud add column topic_id bigint;

create table topic_aud (
    id           bigint   not null,
    rev          bigint   not null references revinfo (rev),
    revtype      smallint,
    revend       bigint   references revinfo (rev),
    revend_tstmp timestamp,
    name         text,
    description  text,
    created_by   text,
    created_at   timestamptz,
    primary key (rev, id)
);
create index topic_aud_idx on topic_aud (id, rev);
select protect_audit_table('topic_aud', '${app_role}');

insert into audit_baseline_source (table_name, key_column, position) values ('topic', 'id', 15);
