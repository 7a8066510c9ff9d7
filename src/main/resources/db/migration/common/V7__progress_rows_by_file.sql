-- Entries were keyed by (sha256, task_id): random keys, so every insert landed on a random
-- page of two B-trees, and every read of counts or percentages decoded the narratives too.
-- At ten thousand returns that was most of the intake and of the ledger. Now:
--   * every stored file has a number in arrival order, and an entry's key is
--     file_no * 10000 + its line in the return, so a return's lines are stored together
--     and appended at the end of the table;
--   * the narratives (工作进展, 存在问题, 下步计划) live in their own table under the same key,
--     so counts, summaries and the circular read only the short columns.

alter table input_file add column file_no bigint;
update input_file f set file_no = (select x.n from
	(select sha256, row_number() over (order by first_seen_execution, sha256) as n from input_file) x
	where x.sha256 = f.sha256);
create unique index input_file_no on input_file (file_no);

-- The sheet the entries were read from, once per file rather than on every line.
alter table input_file add column sheet_name varchar not null default '';
update input_file f set sheet_name = coalesce((select max(e.sheet_name) from progress_entry e where e.sha256 = f.sha256), '');

create table progress_line (
	id bigint primary key,                 -- file_no * 10000 + line of the return
	sha256 varchar(64) not null,
	task_id varchar(20) not null,
	status varchar(20) not null,           -- DONE, IN_PROGRESS, NOT_STARTED, ONGOING
	status_text varchar not null,
	percent int,
	source_row int not null
);

create table progress_text (
	line_id bigint primary key,            -- progress_line.id
	progress varchar not null,
	problems varchar not null,
	next_steps varchar not null
);

insert into progress_line (id, sha256, task_id, status, status_text, percent, source_row)
	select f.file_no * 10000 + row_number() over (partition by e.sha256 order by e.source_row, e.task_id),
		e.sha256, e.task_id, e.status, e.status_text, e.percent, e.source_row
	from progress_entry e join input_file f on f.sha256 = e.sha256;

insert into progress_text (line_id, progress, problems, next_steps)
	select l.id, e.progress, e.problems, e.next_steps
	from progress_line l join progress_entry e on e.sha256 = l.sha256 and e.task_id = l.task_id;

drop table progress_entry;

-- A return's lines (unit reports, a rejected return checked again) and a task's lines
-- (lead-unit tables). Both keys grow with the file number, so inserts stay appends.
create index progress_line_file on progress_line (sha256);
create index progress_line_task on progress_line (task_id);

-- Assignments are resolved in memory and only ever read whole: a row per (unit, task)
-- made storing them take seconds at 10,000 units (a third of a million rows) on the first
-- run of a roster. Now one row per task and role lists its units. Every run imports the
-- reference tables from input/ again, so the old rows need not be carried over.
drop table assignment;
create table task_assignment (
	task_id varchar(20) not null,
	role varchar(20) not null,             -- LEAD or RESPONSIBLE
	unit_names varchar not null,           -- the units, separated by U+001F (no cell text holds it)
	primary key (task_id, role)
);
