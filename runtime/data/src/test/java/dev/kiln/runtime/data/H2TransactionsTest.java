package dev.kiln.runtime.data;

import java.util.Map;

class H2TransactionsTest extends TransactionsContract {
    @Override
    Map<String, String> config() {
        return Map.of();
    }
}
