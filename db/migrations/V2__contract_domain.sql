-- The contract domain: richer parties and contracts, modifications, clauses, usage
-- restrictions with each party's stated position, deadlines (ultimatums) with consequences,
-- obligations. Enumerations are check constraints; every foreign key and list filter has an index.

-- ---------------------------------------------------------------- parties
alter table party
    add column uei         text check (uei ~ '^[A-Z0-9]{12}$'),
    add column cage_code   text check (cage_code ~ '^[A-Z0-9]{5}$'),
    add column description text check (length(description) <= 2000);

-- ---------------------------------------------------------------- contracts
alter table contract
    add column type              text not null default 'OTHER'
        check (type in ('FFP', 'CPFF', 'TM', 'IDIQ', 'OTA_PROTOTYPE', 'OTHER')),
    add column obligated_amount  numeric(19,2) not null default 0 check (obligated_amount >= 0),
    add column award_date        date,
    add column period_start      date,
    add column period_end        date,
    add column classification    text not null default 'UNCLASSIFIED'
        check (classification in ('UNCLASSIFIED', 'CUI', 'SECRET', 'TOP_SECRET')),
    add constraint contract_obligated_within_ceiling check (obligated_amount <= ceiling_amount),
    add constraint contract_period_order check (period_end is null or period_start is null
                                                or period_start <= period_end);
alter table contract alter column type drop default;

create index contract_type_idx           on contract (type, number);
create index contract_classification_idx on contract (classification, number);
create index contract_award_idx          on contract (award_date);
-- The list's "number or title contains" search: trigram indexes serve lower(x) like '%...%'.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;
create index contract_number_trgm_idx on contract using gin (lower(number) gin_trgm_ops);
create index contract_title_trgm_idx  on contract using gin (lower(title) gin_trgm_ops);
create index party_name_trgm_idx      on party using gin (lower(name) gin_trgm_ops);

-- Other parties of a contract, with their role (e.g. "end user", "subcontractor").
create table contract_participant (
    contract_id bigint not null references contract (id) on delete cascade,
    party_id    bigint not null references party (id),
    role        text   not null check (length(role) between 1 and 100),
    primary key (contract_id, party_id, role)
);
create index contract_participant_party_idx on contract_participant (party_id);

-- Authorisations such as "approved for classified networks", with the date granted.
create table contract_authorisation (
    contract_id bigint not null references contract (id) on delete cascade,
    position    int    not null,
    description text   not null check (length(description) between 1 and 500),
    granted_on  date   not null,
    primary key (contract_id, position)
);

-- ---------------------------------------------------------------- modifications
create sequence modification_seq start with 1 increment by 50;
create table modification (
    id             bigint primary key,
    version        bigint        not null default 0,
    contract_id    bigint        not null references contract (id),
    number         text          not null check (number ~ '^[A-Z][0-9A-Z]{5}$'),
    effective_date date          not null,
    description    text          not null check (length(description) between 1 and 4000),
    value_change   numeric(19,2) not null default 0,
    new_end_date   date,
    constraint modification_number_uq unique (contract_id, number)
);

-- ---------------------------------------------------------------- clauses
create sequence clause_seq start with 1 increment by 50;
create table clause (
    id          bigint primary key,
    version     bigint not null default 0,
    contract_id bigint not null references contract (id),
    position    int    not null check (position >= 0),
    number      text   not null check (length(number) between 1 and 40),
    cited_date  date,
    heading     text   not null check (length(heading) between 1 and 500),
    text        text   not null,
    category    text   not null check (category in ('USAGE_RESTRICTION', 'ACCESS_AND_USE',
                        'OBLIGATION', 'TERMINATION', 'DATA_RIGHTS', 'PAYMENT', 'COMPLIANCE', 'OTHER')),
    constraint clause_position_uq unique (contract_id, position)
);
create index clause_number_idx on clause (number);

-- ---------------------------------------------------------------- usage restrictions
create sequence usage_restriction_seq start with 1 increment by 50;
create table usage_restriction (
    id             bigint primary key,
    version        bigint not null default 0,
    clause_id      bigint not null references clause (id),
    restricted_use text   not null check (length(restricted_use) between 1 and 500),
    kind           text   not null check (kind in ('PROHIBITED', 'CONDITIONAL')),
    condition      text,
    status         text   not null check (status in ('PROPOSED', 'AGREED', 'DISPUTED', 'WITHDRAWN')),
    constraint usage_restriction_condition check ((kind = 'CONDITIONAL') = (condition is not null))
);
create index usage_restriction_clause_idx on usage_restriction (clause_id);
-- "Needs attention" looks for disputed restrictions only: a small partial index.
create index usage_restriction_disputed_idx on usage_restriction (clause_id) where status = 'DISPUTED';

create table restriction_position (
    restriction_id bigint not null references usage_restriction (id) on delete cascade,
    position       int    not null,
    party_id       bigint not null references party (id),
    statement      text   not null check (length(statement) between 1 and 4000),
    stated_on      date   not null,
    source         text   not null check (length(source) between 1 and 500),
    primary key (restriction_id, position)
);
create index restriction_position_party_idx on restriction_position (party_id);

-- ---------------------------------------------------------------- deadlines
create sequence deadline_seq start with 1 increment by 50;
create table deadline (
    id              bigint primary key,
    version         bigint      not null default 0,
    contract_id     bigint      not null references contract (id),
    title           text        not null check (length(title) between 1 and 300),
    kind            text        not null check (kind in ('ULTIMATUM', 'RESPONSE', 'DELIVERY',
                                 'RENEWAL', 'OPTION_EXERCISE', 'REPORT', 'OTHER')),
    due_at          timestamptz not null,
    due_zone        text        not null check (length(due_zone) between 1 and 64),
    issuer_id       bigint      references party (id),
    responsible_id  bigint      references party (id),
    demanded_action text        check (length(demanded_action) <= 2000),
    status          text        not null check (status in ('OPEN', 'MET', 'MISSED', 'WITHDRAWN'))
);
create index deadline_contract_idx    on deadline (contract_id, due_at);
create index deadline_open_due_idx    on deadline (due_at) where status = 'OPEN';
create index deadline_issuer_idx      on deadline (issuer_id);
create index deadline_responsible_idx on deadline (responsible_id);
-- "Needs attention": open ultimatums by due time.
create index deadline_open_ultimatum_idx on deadline (due_at, contract_id)
    where kind = 'ULTIMATUM' and status = 'OPEN';

create table deadline_consequence (
    deadline_id bigint not null references deadline (id) on delete cascade,
    position    int    not null,
    description text   not null check (length(description) between 1 and 500),
    primary key (deadline_id, position)
);

-- ---------------------------------------------------------------- obligations
create sequence obligation_seq start with 1 increment by 50;
create table obligation (
    id               bigint primary key,
    version          bigint not null default 0,
    contract_id      bigint not null references contract (id),
    owing_party_id   bigint not null references party (id),
    description      text   not null check (length(description) between 1 and 2000),
    source_clause_id bigint references clause (id),
    due_date         date,
    recurrence       text   check (length(recurrence) <= 500),
    status           text   not null check (status in ('OPEN', 'MET', 'MISSED', 'WAIVED')),
    constraint obligation_when check (due_date is not null or recurrence is not null)
);
create index obligation_contract_idx on obligation (contract_id);
create index obligation_party_idx    on obligation (owing_party_id);
create index obligation_clause_idx   on obligation (source_clause_id);

-- ---------------------------------------------------------------- standard clause library
-- FAR Part 52 and DFARS Part 252 clauses (public domain), filled by V3.
create table standard_clause (
    number      text primary key check (number ~ '^(52|252)\.[0-9]{3}-[0-9]+$'),
    regulation  text not null check (regulation in ('FAR', 'DFARS')),
    kind        text not null check (kind in ('CLAUSE', 'PROVISION')),
    title       text not null,
    clause_date date,
    text        text not null
);
