-- Issue #12: the overview lists the newest flags of one rule (overdue obligations) nobody
-- dismissed; this index lets that query stop after the first few, however many contracts have one.
create index flag_rule_recent_idx on flag (rule, id) where dismissal_id is null;
