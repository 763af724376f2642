package dev.kiln.runtime.data;

import java.util.Map;

class PostgresDatabaseTest extends DatabaseContract {
    @Override
    Map<String, String> config() {
        return Map.of(DataSettings.URL, TestPostgres.newDatabase());
    }

    @Override
    SqlDialect expectedDialect() {
        return SqlDialect.POSTGRES;
    }
}
