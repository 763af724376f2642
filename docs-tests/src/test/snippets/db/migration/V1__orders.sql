-- The schema the docs' repositories are checked against (docs/data.md, README step 9).
CREATE TABLE orders (
    id            BIGSERIAL PRIMARY KEY,
    customer      TEXT NOT NULL,
    total         NUMERIC(12, 2) NOT NULL,
    status        VARCHAR(20) NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    cancel_reason TEXT,
    note          TEXT,
    priority      VARCHAR(10)
);
CREATE TABLE lines (
    id       BIGSERIAL PRIMARY KEY,
    order_id BIGINT NOT NULL REFERENCES orders (id),
    sku      TEXT NOT NULL,
    quantity INT
);

-- docs/events.md: the ids of handled messages, for idempotent handlers.
CREATE TABLE processed_messages (
    id TEXT PRIMARY KEY
);
