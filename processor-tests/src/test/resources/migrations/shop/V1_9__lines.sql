CREATE TABLE lines (
    id       BIGSERIAL PRIMARY KEY,
    order_id BIGINT NOT NULL REFERENCES orders (id),
    sku      TEXT NOT NULL,
    quantity INT NOT NULL
);
CREATE INDEX lines_order ON lines (order_id);
