-- Demo data for `mvn -Prun`: applied only when clausewatch.demo-data=true, never in production.
-- The story is the seed article's (docs/demo-data.md): a $200M Department of Defense award to
-- Anthropic (July 2024) whose usage restrictions are disputed. Contract numbers, ceilings other
-- than the $200M award, and the ordinary contracts are illustrative and say so.
-- Idempotent: rows are matched on business keys, so what a user changed is kept on a rerun.

insert into party (id, version, name, kind)
select nextval('party_seq'), 0, p.name, p.kind
from (values
    ('U.S. Department of Defense', 'GOVERNMENT_AGENCY'),
    ('Anthropic', 'COMPANY'),
    ('xAI', 'COMPANY'),
    ('Northwind AI Systems (illustrative)', 'COMPANY'),
    ('Meridian Analytics (illustrative)', 'COMPANY'),
    ('Department of the Treasury', 'GOVERNMENT_AGENCY'),
    ('General Services Administration', 'GOVERNMENT_AGENCY'),
    ('Harbor Logistics Corp. (illustrative)', 'COMPANY'),
    ('Bluefield Secure Networks (illustrative)', 'COMPANY')
) as p(name, kind)
where not exists (select 1 from party x where lower(x.name) = lower(p.name));

insert into contract (id, version, number, title, buyer_id, vendor_id, status,
                      ceiling_amount, ceiling_currency, description)
select nextval('contract_seq'), 0, c.number, c.title,
       (select id from party where name = c.buyer),
       (select id from party where name = c.vendor),
       c.status, c.ceiling, 'USD', c.description
from (values
    ('HQ0034-24-C-0200', 'Frontier AI capabilities for U.S. national security',
     'U.S. Department of Defense', 'Anthropic', 'ACTIVE', 200000000.00,
     'Awarded July 2024 (seed article). Anthropic asks for guardrails: no mass surveillance of '
     || 'Americans, no final targeting decisions without meaningful human involvement. The '
     || 'Department demands unrestricted use for all lawful purposes. Contract number illustrative.'),
    ('HQ0034-25-C-0311', 'Grok for classified settings',
     'U.S. Department of Defense', 'xAI', 'ACTIVE', 200000000.00,
     'Per the seed article, xAI agreed to use of Grok in classified settings without similar '
     || 'restrictions. Number and ceiling illustrative.'),
    ('HQ0034-25-C-0412', 'Large language model services, negotiation',
     'U.S. Department of Defense', 'Northwind AI Systems (illustrative)', 'NEGOTIATING', 150000000.00,
     'Illustrative: one of the other AI companies the article says are close to an agreement.'),
    ('HQ0034-25-C-0413', 'Decision-support analytics, negotiation',
     'U.S. Department of Defense', 'Meridian Analytics (illustrative)', 'NEGOTIATING', 90000000.00,
     'Illustrative: another AI company close to an agreement.'),
    ('TIRNO-16-C-00021', 'Data centre operations support',
     'Department of the Treasury', 'Harbor Logistics Corp. (illustrative)', 'EXPIRED', 4750000.00,
     'Illustrative ordinary contract.'),
    ('47QTCA-23-D-0087', 'Secure network modernisation',
     'General Services Administration', 'Bluefield Secure Networks (illustrative)', 'ACTIVE', 32500000.00,
     'Illustrative ordinary contract.'),
    ('47QTCA-26-C-0009', 'Fleet logistics platform',
     'General Services Administration', 'Harbor Logistics Corp. (illustrative)', 'DRAFT', 1200000.00,
     'Illustrative ordinary contract.')
) as c(number, title, buyer, vendor, status, ceiling, description)
where not exists (select 1 from contract x where x.number = c.number);
