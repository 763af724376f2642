package dev.kiln.runtime.data;

import java.util.Map;

class H2DatabaseTest extends DatabaseContract {
    @Override
    Map<String, String> config() {
        return Map.of(); // the default: an in-memory H2 of its own, in PostgreSQL mode
    }

    @Override
    SqlDialect expectedDialect() {
        return SqlDialect.H2;
    }
}
