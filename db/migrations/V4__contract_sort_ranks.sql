-- Status and marking sort by meaning (life cycle; level, lowest first), not alphabetically, and
-- still through an index: ranks as stored generated columns. classification_rank also serves
-- clearance checks ("rank <= the user's clearance rank").
alter table contract
    add column status_rank smallint generated always as (case status
        when 'DRAFT' then 0 when 'NEGOTIATING' then 1 when 'ACTIVE' then 2
        when 'SUSPENDED' then 3 when 'TERMINATED' then 4 when 'EXPIRED' then 5 end) stored,
    add column classification_rank smallint generated always as (case classification
        when 'UNCLASSIFIED' then 0 when 'CUI' then 1 when 'SECRET' then 2
        when 'TOP_SECRET' then 3 end) stored;

create index contract_status_rank_idx         on contract (status_rank, number);
create index contract_classification_rank_idx on contract (classification_rank, number);
