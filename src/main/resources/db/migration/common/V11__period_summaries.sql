-- What each period's ledger said when it was last consolidated, in figures: the trend page
-- of the circular, the unit's own months and the year report read these, so a period keeps
-- the figures of the tables it was judged by whatever tables apply today.
create table period_summary (
	period varchar(7) primary key,
	as_of date not null,
	job_execution_id bigint not null,
	units_expected int not null,
	units_reported int not null,
	pairs int not null,
	done int not null,
	in_progress int not null,
	not_started int not null,
	ongoing int not null,
	not_reported int not null,
	overdue int not null,
	progress_sum bigint not null,          -- 完成进度 of the reported pairs that give one (已完成 counts 100)
	progress_count int not null
);

create table period_item_summary (
	period varchar(7) not null,
	item_no int not null,
	item_name varchar not null,
	pairs int not null,
	done int not null,
	overdue int not null,
	not_reported int not null,
	progress_sum bigint not null,
	progress_count int not null,
	primary key (period, item_no)
);

create table period_task_summary (
	period varchar(7) not null,
	task_id varchar(20) not null,
	item_no int not null,
	task_text varchar not null,
	lead_units varchar not null,
	deadline_text varchar not null,
	pairs int not null,
	done int not null,
	in_progress int not null,
	not_started int not null,
	ongoing int not null,
	not_reported int not null,
	overdue int not null,
	primary key (period, task_id)
);

create table period_unit_summary (
	period varchar(7) not null,
	unit_name varchar(200) not null,
	category varchar not null,
	former_names varchar not null,         -- the roster's 曾用名 of the unit then, ; separated
	pairs int not null,
	reported boolean not null,
	done int not null,
	overdue int not null,
	overdue_tasks varchar not null,        -- task ids, 、 separated
	progress_sum bigint not null,
	progress_count int not null,
	primary key (period, unit_name)
);
