-- Runs after every Flyway migrate on H2 (a Flyway SQL callback, not a migration).
-- H2 writes committed changes to its file in the background about every half second, so a
-- process killed in that time loses the last commits. After a first run's migrations that
-- could keep a new table but lose its row in flyway_schema_history, and every later start
-- then failed with “Table … already exists”. Writing them out here makes the schema and its
-- history reach the file together before the run goes on.
CHECKPOINT;
