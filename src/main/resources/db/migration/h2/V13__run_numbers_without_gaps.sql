-- Run numbers are the clerk's: a run is called “运行编号 41” on the pages, in the logs and in
-- the status. H2 hands out sequence values 32 at a time and a killed process loses what it
-- had not used, so the run after a kill was numbered 32 higher (8, then 40). A run is one
-- value in minutes, so these two are handed out one at a time.
ALTER SEQUENCE BATCH_JOB_EXECUTION_SEQ NO CACHE;
ALTER SEQUENCE BATCH_JOB_INSTANCE_SEQ NO CACHE;
