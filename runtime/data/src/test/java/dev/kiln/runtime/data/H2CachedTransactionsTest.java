package dev.kiln.runtime.data;

import java.util.Map;

class H2CachedTransactionsTest extends CachedTransactionsContract {
    @Override
    Map<String, String> config() {
        return Map.of();
    }
}
