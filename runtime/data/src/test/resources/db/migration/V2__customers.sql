-- Runs after V1: it needs the orders table.
CREATE TABLE customers (
    name VARCHAR(100) PRIMARY KEY
);
INSERT INTO customers (name) SELECT DISTINCT customer FROM orders;
INSERT INTO customers (name) VALUES ('migrated');
