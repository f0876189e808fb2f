-- A user who never chose a zone has none (times are shown in UTC meanwhile): the settings page then
-- offers the browser's zone. A row made for another reason (a calendar address) no longer claims
-- UTC as a choice. Rows before this migration keep their zone, UTC included.
alter table alert_preference
    alter column zone drop not null,
    alter column zone drop default;
