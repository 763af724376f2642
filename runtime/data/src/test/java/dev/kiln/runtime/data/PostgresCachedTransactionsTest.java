package dev.kiln.runtime.data;

import java.util.Map;

class PostgresCachedTransactionsTest extends CachedTransactionsContract {
    @Override
    Map<String, String> config() {
        return Map.of(DataSettings.URL, TestPostgres.newDatabase());
    }
}
