-- What a party's name looks like: the SHA-256 of its UTS #39 skeleton (shared.Names.lookalikeKey;
-- a skeleton itself can be far longer than the name, too long for an index entry). A new name
-- with the key of a stored party's is refused, so that "хАІ" in Cyrillic or "xAl" with a small L
-- cannot be registered beside "xAI". Written by the application with the name; rows written in
-- SQL (demo data, the scale generator, an administrator) get theirs when the application starts
-- (party.application.PartyLookalikeKeys). Not unique: names stored before this may look alike.
alter table party add column name_lookalike_key text check (name_lookalike_key ~ '^[0-9a-f]{64}$');
create index party_name_lookalike_idx on party (name_lookalike_key);
