-- What each period's ledger said, as it was last consolidated: per item, per task and per
-- unit. The trends of the circular and the year report are drawn from these, so they show
-- each month as it was circulated.
create table period_item_summary (
	period varchar(7) not null,
	item_no int not null,
	item_name varchar not null,
	pairs int not null,
	done int not null,
	in_progress int not null,
	not_started int not null,
	ongoing int not null,
	not_reported int not null,
	overdue int not null,
	percent_sum bigint not null,           -- over the pairs that gave a percent
	percent_count int not null,
	primary key (period, item_no)
);

create table period_task_summary (
	period varchar(7) not null,
	task_id varchar(20) not null,
	item_no int not null,
	item_name varchar not null,
	task_text varchar not null,
	deadline_text varchar not null,
	deadline_due date,
	pairs int not null,
	done int not null,
	not_reported int not null,
	overdue int not null,
	percent_sum bigint not null,
	percent_count int not null,
	ordinal int not null,
	primary key (period, task_id)
);

create table period_unit_summary (
	period varchar(7) not null,
	unit_name varchar(200) not null,
	unit_category varchar(200) not null,
	ordinal int not null,
	pairs int not null,
	done int not null,
	overdue int not null,
	percent_sum bigint not null,
	percent_count int not null,
	source_file varchar not null,          -- empty: not reported
	filled_on date,
	primary key (period, unit_name)
);

-- The as-of date and run of each period's summaries.
create table period_summary (
	period varchar(7) primary key,
	as_of date not null,
	job_execution_id bigint not null
);
