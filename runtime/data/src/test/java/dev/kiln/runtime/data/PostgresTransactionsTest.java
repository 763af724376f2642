package dev.kiln.runtime.data;

import java.util.Map;

class PostgresTransactionsTest extends TransactionsContract {
    @Override
    Map<String, String> config() {
        return Map.of(DataSettings.URL, TestPostgres.newDatabase());
    }
}
