-- The orders service's schema. Kiln checks every @Query of OrderRepository against it at compile time, and Flyway
-- applies it at start (kiln.datasource.migrate).
CREATE TABLE orders (
    id            BIGINT PRIMARY KEY,
    customer      VARCHAR(200) NOT NULL,
    total         NUMERIC(12, 2) NOT NULL,
    status        VARCHAR(20) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    cancel_reason VARCHAR(500)
);

CREATE TABLE order_lines (
    order_id   BIGINT NOT NULL REFERENCES orders (id),
    line_no    INT NOT NULL,
    sku        VARCHAR(100) NOT NULL,
    name       VARCHAR(200) NOT NULL,
    quantity   INT NOT NULL,
    unit_price NUMERIC(12, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
