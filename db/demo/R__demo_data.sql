-- Demo data for `mvn -Prun`: applied only when clausewatch.demo-data=true, never in production.
-- The story is the seed article's (docs/demo-data.md). Contract numbers, amounts other than the
-- $200M award, exact dates the article does not give, and the ordinary contracts are
-- illustrative, and their descriptions say so. Clause texts marked "(illustrative)" are written
-- for the demo; FAR/DFARS texts come from the standard clause library.
-- Idempotent: rows are matched on business keys, so what a user changed is kept on a rerun.

-- --------------------------------------------------------------------------- parties
insert into party (id, version, name, kind, description)
select nextval('party_seq'), 0, p.name, p.kind, p.description
from (values
    ('U.S. Department of Defense', 'GOVERNMENT_AGENCY',
     'Buyer of the $200M award. Defense Secretary Pete Hegseth delivered the ultimatum (seed article).'),
    ('Anthropic', 'COMPANY', 'Developer of Claude; CEO Dario Amodei (seed article).'),
    ('xAI', 'COMPANY', 'Developer of Grok (seed article).'),
    ('Northwind AI Systems (illustrative)', 'COMPANY', 'Illustrative: the article says other AI companies are close to agreements.'),
    ('Meridian Analytics (illustrative)', 'COMPANY', 'Illustrative.'),
    ('Department of the Treasury', 'GOVERNMENT_AGENCY', null),
    ('General Services Administration', 'GOVERNMENT_AGENCY', null),
    ('Harbor Logistics Corp. (illustrative)', 'COMPANY', 'Illustrative.'),
    ('Bluefield Secure Networks (illustrative)', 'COMPANY', 'Illustrative.')
) as p(name, kind, description)
where not exists (select 1 from party x where lower(x.name) = lower(p.name));

-- --------------------------------------------------------------------------- contracts
insert into contract (id, version, number, title, type, buyer_id, vendor_id, status,
                      ceiling_amount, ceiling_currency, obligated_amount, award_date,
                      period_start, period_end, classification, description)
select nextval('contract_seq'), 0, c.number, c.title, c.type,
       (select id from party where name = c.buyer),
       (select id from party where name = c.vendor),
       c.status, c.ceiling, 'USD', c.obligated, c.awarded::date, c.pstart::date, c.pend::date,
       c.marking, c.description
from (values
    ('HQ0034-24-C-0200', 'Frontier AI capabilities for U.S. national security', 'OTHER',
     'U.S. Department of Defense', 'Anthropic', 'ACTIVE', 200000000.00, 48000000.00,
     '2024-07-15', '2024-07-15', '2027-07-14', 'CUI',
     'Awarded July 2024 to develop AI capabilities that enhance U.S. national security operations '
     || '(seed article). Anthropic asks for guardrails: no mass surveillance of Americans, no final '
     || 'targeting decisions without meaningful human involvement. The Department demands '
     || 'unrestricted use for all lawful purposes. Illustrative: contract number, type, exact '
     || 'award day, period and obligated amount.'),
    ('HQ0034-25-C-0311', 'Grok for classified settings', 'OTHER',
     'U.S. Department of Defense', 'xAI', 'ACTIVE', 200000000.00, 20000000.00,
     '2025-07-14', '2025-07-14', '2027-07-13', 'SECRET',
     'Per the seed article, xAI agreed to use of Grok in classified settings without similar '
     || 'restrictions. Illustrative: number, ceiling, dates, obligated amount.'),
    ('HQ0034-26-C-0412', 'Large language model services', 'FFP',
     'U.S. Department of Defense', 'Northwind AI Systems (illustrative)', 'NEGOTIATING',
     150000000.00, 0.00, null, null, null, 'CUI',
     'Illustrative: one of the other AI companies the article says are close to an agreement.'),
    ('HQ0034-26-C-0413', 'Decision-support analytics', 'CPFF',
     'U.S. Department of Defense', 'Meridian Analytics (illustrative)', 'NEGOTIATING',
     90000000.00, 0.00, null, null, null, 'UNCLASSIFIED',
     'Illustrative: another AI company close to an agreement.'),
    ('TIRNO-16-C-00021', 'Data centre operations support', 'TM',
     'Department of the Treasury', 'Harbor Logistics Corp. (illustrative)', 'EXPIRED',
     4750000.00, 4612300.00, '2016-03-01', '2016-03-01', '2019-02-28', 'UNCLASSIFIED',
     'Illustrative ordinary contract.'),
    ('47QTCA-23-D-0087', 'Secure network modernisation', 'IDIQ',
     'General Services Administration', 'Bluefield Secure Networks (illustrative)', 'ACTIVE',
     32500000.00, 12750000.00, '2023-05-10', '2023-06-01', '2028-05-31', 'UNCLASSIFIED',
     'Illustrative ordinary contract.'),
    ('47QTCA-26-C-0009', 'Fleet logistics platform', 'FFP',
     'General Services Administration', 'Harbor Logistics Corp. (illustrative)', 'DRAFT',
     1200000.00, 0.00, null, null, null, 'UNCLASSIFIED',
     'Illustrative ordinary contract.')
) as c(number, title, type, buyer, vendor, status, ceiling, obligated, awarded, pstart, pend,
       marking, description)
where not exists (select 1 from contract x where x.number = c.number);

-- What the article does not say is marked "illustrative" wherever a contract is shown (V20).
update contract c set illustrative = m.note
from (values
    ('HQ0034-24-C-0200', 'contract number, type, exact award day, period, obligated amount, the '
     || 'time zone of the 5 p.m. Friday ultimatum and the clause texts marked so'),
    ('HQ0034-25-C-0311', 'contract number, ceiling, dates, obligated amount and clause text: the '
     || 'article says only that xAI accepted use in classified settings without similar restrictions'),
    ('HQ0034-26-C-0412', 'the whole contract: the article says other AI companies are close to '
     || 'agreements, without naming them'),
    ('HQ0034-26-C-0413', 'the whole contract: the article says other AI companies are close to '
     || 'agreements, without naming them'),
    ('TIRNO-16-C-00021', 'the whole contract, an ordinary one for a list that looks real'),
    ('47QTCA-23-D-0087', 'the whole contract, an ordinary one for a list that looks real'),
    ('47QTCA-26-C-0009', 'the whole contract, an ordinary one for a list that looks real')
) as m(number, note)
where c.number = m.number and c.illustrative is null;

insert into contract_authorisation (contract_id, position, description, granted_on)
select c.id, 0,
       'Approved for work on the military''s classified networks: the first tech company so '
       || 'authorised (seed article; date illustrative)', date '2024-11-01'
from contract c where c.number = 'HQ0034-24-C-0200'
  and not exists (select 1 from contract_authorisation a where a.contract_id = c.id);

insert into contract_authorisation (contract_id, position, description, granted_on)
select c.id, 0, 'Approved for use in classified settings (seed article; date illustrative)',
       date '2025-07-14'
from contract c where c.number = 'HQ0034-25-C-0311'
  and not exists (select 1 from contract_authorisation a where a.contract_id = c.id);

-- --------------------------------------------------------------------------- modifications
insert into modification (id, version, contract_id, number, effective_date, description,
                          value_change, new_end_date)
select nextval('modification_seq'), 0, c.id, m.number, m.effective::date, m.description,
       m.change, m.new_end::date
from (values
    ('HQ0034-24-C-0200', 'P00001', '2024-11-01',
     'Incorporates the authorisation for classified networks (illustrative).', 0.00, null),
    ('47QTCA-23-D-0087', 'P00001', '2024-02-15', 'Adds zero-trust architecture task (illustrative).',
     2500000.00, null),
    ('47QTCA-23-D-0087', 'P00002', '2025-09-30', 'Extends period of performance (illustrative).',
     0.00, '2028-05-31'),
    ('TIRNO-16-C-00021', 'P00001', '2018-01-10', 'Descopes weekend coverage (illustrative).',
     -250000.00, null)
) as m(contract, number, effective, description, change, new_end)
join contract c on c.number = m.contract
where not exists (select 1 from modification x where x.contract_id = c.id and x.number = m.number);

-- --------------------------------------------------------------------------- clauses
insert into clause (id, version, contract_id, position, number, cited_date, heading, text, category)
select nextval('clause_seq'), 0, c.id, k.position, k.number, k.cited::date, k.heading,
       coalesce(k.text, (select s.text from standard_clause s where s.number = k.number)), k.category
from (values
    ('HQ0034-24-C-0200', 0, 'H-1', null, 'Prohibited uses: surveillance of U.S. persons',
     'The Government shall not use the Contractor''s models or services for mass surveillance of '
     || 'United States persons. (Illustrative clause text for the restriction Anthropic requests.)',
     'USAGE_RESTRICTION'),
    ('HQ0034-24-C-0200', 1, 'H-2', null, 'Meaningful human involvement in targeting',
     'The Government shall not use the Contractor''s models to make final targeting decisions in '
     || 'military operations without meaningful human involvement in the decision. (Illustrative '
     || 'clause text.)', 'USAGE_RESTRICTION'),
    ('HQ0034-24-C-0200', 3, 'H-4', null, 'Model evaluation reports',
     'The Contractor shall report quarterly on model reliability, including known failure modes '
     || 'such as hallucinations. (Illustrative clause text.)', 'OBLIGATION'),
    ('HQ0034-24-C-0200', 4, '52.204-21', '2021-11-01', 'Basic Safeguarding of Covered Contractor Information Systems', null, 'COMPLIANCE'),
    ('HQ0034-24-C-0200', 5, '252.204-7012', '2019-12-01', 'Safeguarding Covered Defense Information and Cyber Incident Reporting', null, 'COMPLIANCE'),
    ('HQ0034-24-C-0200', 6, '52.249-2', '2004-09-01', 'Termination for Convenience of the Government (Fixed-Price)', null, 'TERMINATION'),
    ('HQ0034-25-C-0311', 0, 'H-1', null, 'Use for all lawful purposes',
     'The Government may use the delivered models and services for any lawful purpose, including '
     || 'in classified settings. (Illustrative: per the seed, xAI accepted use without similar '
     || 'restrictions.)', 'ACCESS_AND_USE'),
    ('HQ0034-25-C-0311', 1, '252.204-7012', '2024-05-01', 'Safeguarding Covered Defense Information and Cyber Incident Reporting', null, 'COMPLIANCE'),
    ('HQ0034-26-C-0412', 0, 'H-1', null, 'Usage policy (under negotiation)',
     'The parties will agree usage limits before award. (Illustrative.)', 'USAGE_RESTRICTION'),
    ('47QTCA-23-D-0087', 0, '52.204-21', '2021-11-01', 'Basic Safeguarding of Covered Contractor Information Systems', null, 'COMPLIANCE'),
    ('47QTCA-23-D-0087', 1, '52.232-33', '2018-10-01', 'Payment by Electronic Funds Transfer-System for Award Management', null, 'PAYMENT'),
    ('47QTCA-23-D-0087', 2, '52.217-9', '2008-03-01', 'Option to Extend the Term of the Contract', null, 'OTHER'),
    ('TIRNO-16-C-00021', 0, '52.232-7', '2012-08-01', 'Payments under Time-and-Materials and Labor-Hour Contracts', null, 'PAYMENT')
) as k(contract, position, number, cited, heading, text, category)
join contract c on c.number = k.contract
where not exists (select 1 from clause x where x.contract_id = c.id and x.position = k.position);

-- --------------------------------------------------------------------------- usage restrictions
insert into usage_restriction (id, version, clause_id, restricted_use, kind, condition)
select nextval('usage_restriction_seq'), 0, cl.id, r.use, r.kind, r.condition
from (values
    ('HQ0034-24-C-0200', 'H-1', 'Mass surveillance of U.S. persons', 'PROHIBITED', null),
    ('HQ0034-24-C-0200', 'H-2', 'Final targeting decisions without meaningful human involvement',
     'PROHIBITED', null),
    ('HQ0034-26-C-0412', 'H-1', 'Use of model outputs for lethal targeting', 'CONDITIONAL',
     'Only with a trained human operator approving each decision (illustrative)')
) as r(contract, clause, use, kind, condition)
join contract c on c.number = r.contract
join clause cl on cl.contract_id = c.id and cl.number = r.clause
where not exists (select 1 from usage_restriction x where x.clause_id = cl.id and x.restricted_use = r.use);

-- --------------------------------------------------------------------------- topics
-- The two uses the seed article names, as topics legal staff keep; Anthropic's restrictions are
-- about them, the xAI contract (use for all lawful purposes) has none: the topic page shows both.
insert into topic (id, version, name, description, created_by, created_at)
select nextval('topic_seq'), 0, t.name, t.description, 'counsel', now()
from (values
    ('Mass surveillance of U.S. persons',
     'Use of the models or services to surveil Americans en masse (seed article).'),
    ('Final targeting without meaningful human involvement',
     'Final targeting decisions in military operations made without meaningful human involvement '
     || '(seed article).')
) as t(name, description)
where not exists (select 1 from topic x where lower(x.name) = lower(t.name));

update usage_restriction r set topic_id = t.id
from topic t
where r.topic_id is null
  and ((r.restricted_use = 'Mass surveillance of U.S. persons'
        and t.name = 'Mass surveillance of U.S. persons')
    or (r.restricted_use in ('Final targeting decisions without meaningful human involvement',
                             'Use of model outputs for lethal targeting')
        and t.name = 'Final targeting without meaningful human involvement'));

-- --------------------------------------------------------------------------- positions
-- Stances as the seed article reports them, stated at the Pentagon meeting: the most recent
-- Tuesday (New York), never a day ahead; the ultimatum below falls on the Friday of that week.
-- Anthropic holds to its two restrictions; the Department rejects them and demands use for all
-- lawful purposes. xAI accepted use for all lawful purposes, in classified settings (its contract's
-- details are illustrative).
insert into term_position (id, version, contract_id, clause_id, restriction_id, party_id, stance,
                           statement, stated_on, source, state, recorded_at, recorded_by)
select nextval('term_position_seq'), 0, c.id, cl.id, r.id, (select id from party where name = p.party),
       p.stance, p.statement,
       case when p.on_meeting
            then ny.today - ((extract(isodow from ny.today)::int - 2 + 7) % 7)
            else c.award_date end,
       p.source, 'CURRENT', now() - p.seq * interval '1 minute', 'system: demo data'
from (values
    (1, 'HQ0034-24-C-0200', 'H-1', 'Mass surveillance of U.S. persons', 'Anthropic', 'ACCEPTS', true,
     'Insists that Claude not be used for mass surveillance of American citizens, and asks the '
     || 'Department to agree to specific guardrails.',
     'Pentagon meeting on Tuesday, as reported in the seed article'),
    (2, 'HQ0034-24-C-0200', 'H-1', 'Mass surveillance of U.S. persons', 'U.S. Department of Defense',
     'REJECTS', true,
     'Dismisses the concern as unnecessary since such activities would be illegal anyway: "This '
     || 'has nothing to do with mass surveillance and autonomous weapons being used. The Pentagon '
     || 'has only given out lawful orders." Demands unrestricted use for all lawful purposes.',
     'Senior Pentagon official, as quoted in the seed article'),
    (3, 'HQ0034-24-C-0200', 'H-2', 'Final targeting decisions without meaningful human involvement',
     'Anthropic', 'ACCEPTS', true,
     'Wants explicit assurances that Claude will not be used for final targeting decisions without '
     || 'meaningful human involvement, because AI systems can hallucinate.',
     'Dario Amodei at the Pentagon meeting, as reported in the seed article'),
    (4, 'HQ0034-24-C-0200', 'H-2', 'Final targeting decisions without meaningful human involvement',
     'U.S. Department of Defense', 'REJECTS', true,
     'Demands complete control for military operations: when the Pentagon buys Boeing planes, '
     || 'Boeing has no say in how they are used; the same should apply to Claude.',
     'Pete Hegseth at the Pentagon meeting, as reported in the seed article'),
    (5, 'HQ0034-25-C-0311', 'H-1', null, 'xAI', 'ACCEPTS', false,
     'Agreed to the use of Grok in classified settings without similar restrictions.',
     'Seed article (date illustrative: the award date)'),
    (6, 'HQ0034-25-C-0311', 'H-1', null, 'U.S. Department of Defense', 'ACCEPTS', false,
     'Uses Grok for all lawful purposes, in classified settings.',
     'Seed article (date illustrative: the award date)')
) as p(seq, contract, clause, use, party, stance, on_meeting, statement, source)
join contract c on c.number = p.contract
join clause cl on cl.contract_id = c.id and cl.number = p.clause
left join usage_restriction r on r.clause_id = cl.id and r.restricted_use = p.use
cross join (select (now() at time zone 'America/New_York')::date as today) ny
where (p.use is null or r.id is not null)
  and not exists (select 1 from term_position x
                  where x.clause_id = cl.id and x.restriction_id is not distinct from r.id
                    and x.party_id = (select id from party where name = p.party));

-- The Department's rejections made the stances disagree: the disputes they opened.
insert into dispute (id, version, contract_id, clause_id, restriction_id, state, opened_at,
                     opened_by_position_id, explanation)
select nextval('dispute_seq'), 0, p.contract_id, p.clause_id, p.restriction_id, 'OPEN', p.recorded_at,
       p.id, 'Anthropic accepts; U.S. Department of Defense rejects.'
from term_position p
join party pa on pa.id = p.party_id and pa.name = 'U.S. Department of Defense'
where p.restriction_id is not null and p.stance = 'REJECTS' and p.state = 'CURRENT'
  and not exists (select 1 from dispute d where d.restriction_id = p.restriction_id);

-- --------------------------------------------------------------------------- deadlines
-- The ultimatum: issued at the Tuesday meeting (the most recent Tuesday, New York), due at 5 p.m.
-- on the Friday of that week (the article's deadline of 5 p.m. Friday; the zone is illustrative). When
-- that Friday has passed, afterMigrate moves it to the next Friday as a recorded extension.
insert into deadline (id, version, contract_id, title, kind, due_at, due_zone, issuer_id,
                      responsible_id, demanded_action, status, issued_at)
select nextval('deadline_seq'), 0, c.id, 'Signed document granting full access to Claude',
       'ULTIMATUM',
       ((ny.tuesday + 3) + time '17:00') at time zone 'America/New_York',
       'America/New_York',
       (select id from party where name = 'U.S. Department of Defense'),
       (select id from party where name = 'Anthropic'),
       'Deliver a signed document granting the military unrestricted access to Claude for all '
       || 'lawful purposes, by 5 p.m. Friday.',
       'OPEN',
       least(now(), (ny.tuesday + time '10:00') at time zone 'America/New_York')
from contract c,
     (select today - ((extract(isodow from today)::int - 2 + 7) % 7) as tuesday
      from (select (now() at time zone 'America/New_York')::date as today) t) ny
where c.number = 'HQ0034-24-C-0200'
  and not exists (select 1 from deadline d where d.contract_id = c.id and d.kind = 'ULTIMATUM');

insert into deadline_consequence (deadline_id, position, description)
select d.id, q.position, q.description
from (values
    (0, 'Defense Production Act invoked to compel compliance (under serious consideration)'),
    (1, 'Anthropic designated a "supply chain risk", which could push it out of government work')
) as q(position, description)
join deadline d on d.kind = 'ULTIMATUM' and d.title = 'Signed document granting full access to Claude'
where not exists (select 1 from deadline_consequence x where x.deadline_id = d.id and x.position = q.position);

insert into deadline (id, version, contract_id, title, kind, due_at, due_zone, issuer_id,
                      responsible_id, demanded_action, status)
select nextval('deadline_seq'), 0, c.id, x.title, x.kind,
       ((now() at time zone x.zone)::date + x.days + x.at::time) at time zone x.zone, x.zone,
       (select id from party where name = x.issuer), (select id from party where name = x.responsible),
       x.action, 'OPEN'
from (values
    ('HQ0034-26-C-0412', 'Best and final offer (illustrative)', 'RESPONSE', 10, '12:00',
     'America/New_York', 'U.S. Department of Defense', 'Northwind AI Systems (illustrative)',
     'Submit the final offer including the proposed usage policy.'),
    ('47QTCA-23-D-0087', 'Zero-trust gateway delivery (illustrative)', 'DELIVERY', 12, '17:00',
     'America/Chicago', 'General Services Administration', 'Bluefield Secure Networks (illustrative)',
     'Deliver and install the gateway at the regional office.'),
    ('47QTCA-23-D-0087', 'Option year 4 exercise decision (illustrative)', 'OPTION_EXERCISE', 45,
     '17:00', 'America/New_York', 'General Services Administration',
     'General Services Administration', 'Decide whether to exercise option year 4.')
) as x(contract, title, kind, days, at, zone, issuer, responsible, action)
join contract c on c.number = x.contract
where not exists (select 1 from deadline d where d.contract_id = c.id and d.title = x.title);

-- --------------------------------------------------------------------------- obligations
insert into obligation (id, version, contract_id, owing_party_id, description, source_clause_id,
                        due_date, recurrence, status)
select nextval('obligation_seq'), 0, c.id, (select id from party where name = o.party),
       o.description, cl.id, o.due::date, o.rrule, 'OPEN'
from (values
    ('HQ0034-24-C-0200', 'Anthropic', 'Quarterly model reliability report (illustrative)', 'H-4',
     '2024-10-15', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15'),
    ('47QTCA-23-D-0087', 'Bluefield Secure Networks (illustrative)',
     'Monthly status report (illustrative)', null, '2023-07-05', 'FREQ=MONTHLY;BYMONTHDAY=5'),
    ('47QTCA-23-D-0087', 'General Services Administration',
     'Pay invoice within 30 days of receipt (illustrative)', '52.232-33', '2026-12-18', null)
) as o(contract, party, description, clause, due, rrule)
join contract c on c.number = o.contract
left join clause cl on cl.contract_id = c.id and cl.number = o.clause
where not exists (select 1 from obligation x where x.contract_id = c.id and x.description = o.description);

-- Occurrences settled so far (illustrative): every reliability report due before today was
-- received; Bluefield's status reports were received up to a month ago, so its latest is overdue
-- (an OBLIGATION_OVERDUE flag on 47QTCA-23-D-0087). Dates as the rules give them: the 15th every
-- three months, the 5th every month.
insert into obligation_occurrence (obligation_id, position, due_date, outcome, recorded_at,
                                   recorded_by, note)
select o.id,
       (select coalesce(max(x.position) + 1, 0) from obligation_occurrence x where x.obligation_id = o.id)
           + row_number() over (partition by o.id order by d.d) - 1,
       d.d::date, 'FULFILLED', d.d + interval '2 days', 'system: demo data',
       'Received (illustrative).'
from obligation o
join contract c on c.id = o.contract_id
cross join lateral generate_series(
    o.due_date::timestamp,
    case when c.number = 'HQ0034-24-C-0200' then current_date - 1 else current_date - 32 end,
    case when c.number = 'HQ0034-24-C-0200' then interval '3 months' else interval '1 month' end) as d(d)
where (c.number, o.description) in
      (('HQ0034-24-C-0200', 'Quarterly model reliability report (illustrative)'),
       ('47QTCA-23-D-0087', 'Monthly status report (illustrative)'))
  and not exists (select 1 from obligation_occurrence x where x.obligation_id = o.id and x.due_date = d.d::date);

-- --------------------------------------------------------------------------- annotations
-- Legal staff's notes on the seed contract's clauses, and the Department's demand as what it is in
-- the article: proposed wording (unrestricted use for all lawful purposes), not an executed clause.
-- The wording of the demand is illustrative; the article reports the demand, not a text.
insert into annotation (id, version, contract_id, clause_id, kind, body, proposed_text, quote_exact,
                        quote_prefix, quote_suffix, quote_start, quote_end, made_on_version,
                        anchor_state, anchor_start, anchor_end, anchored_on_version, state, author,
                        created_at)
select nextval('annotation_seq'), 0, c.id, cl.id, a.kind, a.body, a.proposed, a.words,
       substr(cl.text, greatest(1, strpos(cl.text, a.words) - 32),
              least(32, strpos(cl.text, a.words) - 1)),
       substr(cl.text, strpos(cl.text, a.words) + length(a.words), 32),
       strpos(cl.text, a.words) - 1, strpos(cl.text, a.words) - 1 + length(a.words), cl.version,
       'ANCHORED', strpos(cl.text, a.words) - 1, strpos(cl.text, a.words) - 1 + length(a.words),
       cl.version, 'OPEN', a.author, now() - a.ago * interval '1 hour'
from (values
    ('H-2', 'without meaningful human involvement in the decision', 'CONCERN', 'counsel', 30,
     'The Department calls this unnecessary: such use would be illegal anyway (senior Pentagon '
     || 'official, seed article). Anthropic''s reason to keep it: AI systems can hallucinate.',
     null),
    ('H-1', 'mass surveillance of United States persons', 'COMMENT', 'counsel', 29,
     'Anthropic insists on this guardrail; the Department says it "has only given out lawful '
     || 'orders" (seed article).', null),
    ('H-1', 'The Government shall not use the Contractor''s models or services for mass surveillance of United States persons.',
     'PROPOSED_WORDING', 'counsel', 28,
     'The Department''s demand as reported in the seed article: unrestricted use of Claude for all '
     || 'lawful purposes. Illustrative wording: the article gives the demand, not a text.',
     'The Government may use the Contractor''s models and services for any lawful purpose.')
) as a(clause, words, kind, author, ago, body, proposed)
join contract c on c.number = 'HQ0034-24-C-0200'
join clause cl on cl.contract_id = c.id and cl.number = a.clause and strpos(cl.text, a.words) > 0
where not exists (select 1 from annotation x where x.clause_id = cl.id and x.quote_exact = a.words
                                                and x.kind = a.kind);

insert into annotation_reply (id, version, annotation_id, contract_id, author, body, created_at)
select nextval('annotation_reply_seq'), 0, a.id, a.contract_id, 'officer',
       'Noted. The ultimatum names the consequences: the Defense Production Act and a "supply chain '
       || 'risk" designation. We keep the clause until counsel advises otherwise.',
       a.created_at + interval '2 hours'
from annotation a join clause cl on cl.id = a.clause_id
where cl.number = 'H-2' and a.kind = 'CONCERN' and a.author = 'counsel'
  and a.contract_id = (select id from contract where number = 'HQ0034-24-C-0200')
  and not exists (select 1 from annotation_reply r where r.annotation_id = a.id);

-- --------------------------------------------------------------------------- audit baseline
-- The demo rows were written by SQL, not by the application: give them a first version in the
-- audit trail so their history starts here.
select audit_baseline('demo data');
insert into obligation_occurrence_aud (obligation_id, position, rev, revtype, due_date, outcome,
                                       recorded_at, recorded_by, note)
select x.obligation_id, x.position, (select max(rev) from revinfo), 0, x.due_date, x.outcome,
       x.recorded_at, x.recorded_by, x.note
from obligation_occurrence x
where not exists (select 1 from obligation_occurrence_aud a
                  where a.obligation_id = x.obligation_id and a.position = x.position);
