CREATE TABLE orders (
    id       BIGSERIAL PRIMARY KEY,
    customer TEXT NOT NULL
);

-- jOOQ's open-source parser does not read PL/pgSQL bodies: a warning, and the rest still counts.
CREATE FUNCTION touch() RETURNS trigger AS $$
BEGIN
    NEW.customer := lower(NEW.customer);
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

ALTER TABLE orders ADD COLUMN note TEXT;
