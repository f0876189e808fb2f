-- Demo mode only (db/demo is a Flyway location only then): an open demo ultimatum whose Friday
-- has passed moves to 5 p.m. New York time on the next Friday, so the demo always counts down.
-- The move is an extension like any other: the earlier due time and the reason are kept, and the
-- audit trail gets the new version (so the contract's history shows each weekly move). A user who
-- marked it met, missed or withdrawn keeps that. Runs after R__demo_data's audit baseline.
do $$
declare
    d deadline%rowtype;
    next_due timestamptz;
    r bigint;
    n int;
begin
    select * into d from deadline
    where kind = 'ULTIMATUM' and status = 'OPEN'
      and title = 'Signed document granting full access to Claude' and due_at < now()
    for update;
    if not found then
        return;
    end if;
    perform audit_baseline('demo data');
    select ((ny.today + ((5 - extract(isodow from ny.today)::int + 7) % 7)
             + case when extract(isodow from ny.today) = 5 and ny.local_now::time >= time '17:00'
                    then 7 else 0 end) + time '17:00') at time zone 'America/New_York'
      into next_due
      from (select (now() at time zone 'America/New_York') as local_now,
                   (now() at time zone 'America/New_York')::date as today) ny;
    select coalesce(max(position) + 1, 0) into n from deadline_extension where deadline_id = d.id;
    insert into deadline_extension (deadline_id, position, previous_due_at, previous_zone,
                                    new_due_at, new_zone, reason, extended_at, extended_by)
    values (d.id, n, d.due_at, d.due_zone, next_due, d.due_zone,
            'Illustrative: the demo moves the ultimatum to the next Friday so that it stays ahead '
            || '(the article gives one Friday).', now(), 'system: demo data');
    update deadline set due_at = next_due, version = version + 1 where id = d.id;

    r := nextval('revinfo_seq');
    insert into revinfo (rev, revtstmp, username, client_address)
    values (r, (extract(epoch from clock_timestamp()) * 1000)::bigint, 'system: demo data', null);
    update deadline_aud set revend = r, revend_tstmp = clock_timestamp() at time zone 'UTC'
    where id = d.id and revend is null;
    insert into deadline_aud (id, rev, revtype, contract_id, title, kind, due_at, due_zone,
        issuer_id, responsible_id, demanded_action, status, issued_at, closed_at, closed_by,
        close_note)
    select x.id, r, 1, x.contract_id, x.title, x.kind, x.due_at, x.due_zone, x.issuer_id,
        x.responsible_id, x.demanded_action, x.status, x.issued_at, x.closed_at, x.closed_by,
        x.close_note
    from deadline x where x.id = d.id;
    insert into deadline_extension_aud (deadline_id, position, rev, revtype, previous_due_at,
        previous_zone, new_due_at, new_zone, reason, extended_at, extended_by)
    select x.deadline_id, x.position, r, 0, x.previous_due_at, x.previous_zone, x.new_due_at,
        x.new_zone, x.reason, x.extended_at, x.extended_by
    from deadline_extension x where x.deadline_id = d.id and x.position = n;
end $$;
