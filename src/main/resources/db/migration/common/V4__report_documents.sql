-- The documents each run wrote, so they can be circulated (and never sent twice).
create table report_document (
	job_execution_id bigint not null,
	kind varchar(20) not null,              -- CIRCULAR, UNIT_REPORT, REMINDER, LEAD_REPORT, REJECTION_NOTICE
	unit_name varchar(200),                 -- the unit it is for; null for the circular
	path varchar(2000) not null,            -- absolute path of the PDF
	primary key (job_execution_id, path)
);

create table mail_sent (
	job_execution_id bigint not null,
	recipient varchar(500) not null,
	path varchar(2000) not null,
	sent_at timestamp not null,
	primary key (job_execution_id, recipient, path)
);
