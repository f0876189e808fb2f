-- Issue #12: stored text flags were raised by the clause-category detectors of the release that
-- computed them. Each server compares this version with its own detectors (a digest of the
-- categories, their patterns, which ship, the models and thresholds) when its flag job starts;
-- when they differ it records its version and queues every contract, in one statement, so the
-- job recomputes them with the detectors now shipped. The empty version queues everything once.
create table flag_detectors (
    id integer primary key check (id = 1),
    version text not null,
    changed_at timestamp with time zone not null
);

insert into flag_detectors (id, version, changed_at) values (1, '', now());
