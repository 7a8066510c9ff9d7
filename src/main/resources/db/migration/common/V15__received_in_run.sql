-- The run that first received a file. The return that counts for a unit and period is the
-- one received last: a unit's correction wins even when its 填报日期 is earlier (it corrected
-- a wrong date). first_seen_execution moves to the run that reads a file again under new
-- tables; this one stays, so a file read again is not taken for a later submission.
alter table input_file add column received_execution bigint;
update input_file set received_execution = first_seen_execution;
