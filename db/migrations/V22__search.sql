-- Issue #12: ranked full-text search. Each searchable table gets a stored tsvector, weighted
-- (A: numbers and titles, B: headings, C: statements and bodies, D: long text), kept by
-- PostgreSQL itself (generated columns), and a GIN index; queries use websearch_to_tsquery.
alter table contract add column search_vector tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, number), 'A')
    || setweight(to_tsvector('english'::regconfig, title), 'A')
    || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')) stored;
create index contract_search_idx on contract using gin (search_vector);

alter table clause add column search_vector tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, number), 'A')
    || setweight(to_tsvector('english'::regconfig, heading), 'B')
    || setweight(to_tsvector('english'::regconfig, text), 'D')) stored;
create index clause_search_idx on clause using gin (search_vector);

alter table usage_restriction add column search_vector tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, restricted_use), 'A')
    || setweight(to_tsvector('english'::regconfig, coalesce(condition, '')), 'C')) stored;
create index usage_restriction_search_idx on usage_restriction using gin (search_vector);

alter table term_position add column search_vector tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, statement), 'C')
    || setweight(to_tsvector('english'::regconfig, source), 'D')) stored;
create index term_position_search_idx on term_position using gin (search_vector);

alter table annotation add column search_vector tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, body), 'C')
    || setweight(to_tsvector('english'::regconfig, coalesce(proposed_text, '')), 'C')
    || setweight(to_tsvector('english'::regconfig, quote_exact), 'D')) stored;
create index annotation_search_idx on annotation using gin (search_vector);

alter table deadline add column search_vector tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, title), 'A')
    || setweight(to_tsvector('english'::regconfig, coalesce(demanded_action, '')), 'C')) stored;
create index deadline_search_idx on deadline using gin (search_vector);
