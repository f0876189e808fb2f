-- Parties and contracts: the first slice of the Clausewatch schema.
-- Flyway owns the schema; Hibernate only validates it (hibernate.hbm2ddl.auto=validate).

create sequence party_seq start with 1 increment by 50;

create table party (
    id      bigint primary key,
    version bigint not null default 0,
    name    text   not null check (length(name) between 1 and 200),
    kind    text   not null check (kind in ('GOVERNMENT_AGENCY', 'COMPANY', 'OTHER'))
);
-- Names are unique regardless of case (PartyService looks them up with lower()).
create unique index party_name_lower_uq on party (lower(name));

create sequence contract_seq start with 1 increment by 50;

create table contract (
    id               bigint primary key,
    version          bigint        not null default 0,
    number           text          not null check (number ~ '^[A-Z0-9][A-Z0-9-]{2,49}$'),
    title            text          not null check (length(title) between 1 and 300),
    buyer_id         bigint        not null references party (id),
    vendor_id        bigint        not null references party (id),
    status           text          not null check (status in
                         ('DRAFT', 'NEGOTIATING', 'ACTIVE', 'SUSPENDED', 'TERMINATED', 'EXPIRED')),
    ceiling_amount   numeric(19,2) not null check (ceiling_amount >= 0),
    ceiling_currency text          not null check (ceiling_currency ~ '^[A-Z]{3}$'),
    description      text          check (length(description) <= 4000),
    constraint contract_number_uq unique (number),
    constraint contract_parties_differ check (buyer_id <> vendor_id)
);

-- Foreign keys and list filters/sorts get an index each.
create index contract_buyer_idx   on contract (buyer_id);
create index contract_vendor_idx  on contract (vendor_id);
create index contract_status_idx  on contract (status, number);
create index contract_title_idx   on contract (title, number);
create index contract_ceiling_idx on contract (ceiling_amount, number);
