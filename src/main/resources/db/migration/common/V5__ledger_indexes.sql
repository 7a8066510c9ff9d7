-- The ledger is written one task at a time; without this every task would scan all entries.
create index progress_entry_task on progress_entry (task_id, sha256);
