-- Which reference tables a file was checked against: a return rejected under an older
-- roster or task table is checked again once those tables change.
alter table input_file add column reference_sha varchar(64);
