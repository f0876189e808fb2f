-- Issue #9: what a contract's record says that its source does not (the demo's contract numbers,
-- amounts and dates the seed article does not give) carries a visible "illustrative" mark wherever
-- the contract is shown: list, contract page, exports. The column says what is illustrative; null
-- means nothing is.
alter table contract add column illustrative text check (length(illustrative) between 1 and 500);
alter table contract_aud add column illustrative text;
