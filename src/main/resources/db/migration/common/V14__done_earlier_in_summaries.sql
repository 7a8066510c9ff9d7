-- 未报送 pairs whose unit had reported the task 已完成 in an earlier month of the year: the
-- year report counts them done at the year's end. Periods consolidated before this column
-- came say 0 until they are consolidated again.
alter table period_summary add column done_earlier int default 0 not null;
alter table period_task_summary add column done_earlier int default 0 not null;
alter table period_unit_summary add column done_earlier int default 0 not null;
