-- Orders, as the shop keeps them.
CREATE TABLE orders (
    id         BIGSERIAL PRIMARY KEY,
    customer   TEXT NOT NULL,
    total      NUMERIC(12, 2) NOT NULL,
    status     VARCHAR(20) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    note       TEXT
);
