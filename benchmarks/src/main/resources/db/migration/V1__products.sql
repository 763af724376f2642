-- The table benchmarks/cache-http.sh reads (dev.kiln.bench.products); Flyway applies it when ProductsApp starts.
CREATE TABLE products (
    sku      VARCHAR(40) PRIMARY KEY,
    name     VARCHAR(200) NOT NULL,
    price    NUMERIC(12, 2) NOT NULL,
    in_stock INT NOT NULL
);

INSERT INTO products (sku, name, price, in_stock) VALUES
    ('sku-1', 'The Pragmatic Kiln', 39.90, 12),
    ('sku-2', 'Copper watering can', 24.50, 5),
    ('sku-42', 'Cast iron skillet', 54.00, 3);
