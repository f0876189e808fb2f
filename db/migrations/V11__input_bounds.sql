-- Issue #11: every stored text is bounded. Clause text had no limit; the application refuses more
-- than 200,000 characters (Clause.TEXT_MAX_LENGTH; the longest FAR/DFARS clause has 159,026), and
-- the database now says so too, for any writer.
alter table clause add constraint clause_text_length check (char_length(text) <= 200000);
