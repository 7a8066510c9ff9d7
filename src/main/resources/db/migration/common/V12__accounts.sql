-- Who may use the web console: the office's clerks and one account per unit. Passwords are
-- bcrypt hashes; a unit account sees only its own unit.
create table app_user (
	username varchar(100) primary key,
	password_hash varchar(100) not null,
	role varchar(10) not null,             -- OFFICE or UNIT
	unit_name varchar(200),                -- for UNIT: the unit's name in the roster
	created_at timestamp not null
);
