-- Runs after V1_9 (Flyway compares versions as numbers): the table it alters exists by then.
ALTER TABLE lines ADD COLUMN price NUMERIC(12, 2);
