-- The list sorted by buyer or vendor: with parties in name order from an index, PostgreSQL walks
-- them in order, fetches each one's contracts by the existing foreign-key index and sorts only
-- within a name (incremental sort) until it has a page: 2 ms instead of sorting every visible
-- contract (88 ms at 100,000 contracts, measured with EXPLAIN ANALYZE on this machine).
create index party_name_idx on party (name);
