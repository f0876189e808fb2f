-- An authorisation can be withdrawn (for example after a "supply chain risk" designation): it stays
-- on record with the date and the reason, and is no longer in force. Never before it was granted.
alter table contract_authorisation
    add column withdrawn_on      date,
    add column withdrawal_reason text check (length(withdrawal_reason) between 1 and 500),
    add constraint contract_authorisation_withdrawal check (
        (withdrawn_on is null) = (withdrawal_reason is null)
        and (withdrawn_on is null or withdrawn_on >= granted_on));

alter table contract_authorisation_aud
    add column withdrawn_on      date,
    add column withdrawal_reason text;
