-- What a topic's name looks like, as V36 does for parties: the SHA-256 of its UTS #39 skeleton
-- (shared.Names.lookalikeKey). A new topic whose name a reader could take for a catalogued one's
-- ("Mass surveiIlance" with a capital I, or in another script) is refused. Written by the
-- application with the name; rows written in SQL (the demo data) get theirs when the application
-- starts (shared.application.LookalikeKeysAtStartup). Not unique: names stored before this may
-- already look alike.
alter table topic add column name_lookalike_key text check (name_lookalike_key ~ '^[0-9a-f]{64}$');
create index topic_name_lookalike_idx on topic (name_lookalike_key);
