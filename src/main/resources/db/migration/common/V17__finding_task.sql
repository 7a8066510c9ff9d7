-- The task number of the row a finding is in (empty outside the task rows): the 退回通知 and the
-- pages say 进展填报!H9（任务 2.1）, as the 问题清单 does in its own column.
alter table return_finding add column task_id varchar(40);
