-- Names a unit had before a reorganisation (曾用名), separated by ';': returns and history
-- kept under those names count for the unit.
alter table unit add column former_names varchar not null default '';
