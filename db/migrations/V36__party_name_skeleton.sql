-- What a party's name looks like (UTS #39 skeleton, shared.Names.skeleton): a new name whose
-- skeleton equals a stored party's is refused, so that "хАІ" in Cyrillic or "xAl" with a small L
-- cannot be registered beside "xAI". Written by the application with the name; rows written in
-- SQL (demo data, the scale generator, an administrator) get theirs when the application starts
-- (party.application.PartyNameSkeletons). Not unique: names stored before this may look alike.
alter table party add column name_skeleton text check (length(name_skeleton) <= 2000);
create index party_name_skeleton_idx on party (name_skeleton);
