package dev.kiln.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** An application whose routes need a caller, started with no scheme configured: said at start, or refused. */
class NoSchemeTest {
    private static final ApplicationDescriptor SHOP = new ApplicationDescriptor("shop.ShopApp", "shop", List.of(),
            List.of());

    @Test
    void withoutASchemeTheStartWarnsThatEveryCallWillBe401() {
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger(KilnSecurityModule.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(capture);
        try {
            assertTrue(KilnSecurityModule.authenticators(KilnConfig.of(Map.of()), SHOP).isEmpty());
        } finally {
            logger.removeHandler(capture);
        }
        assertEquals(1, records.size());
        assertEquals(Level.WARNING, records.getFirst().getLevel());
        String message = records.getFirst().getMessage();
        assertTrue(message.contains("Application shop has routes that need an authenticated caller, but no"
                + " authentication scheme is configured"), message);
        assertTrue(message.contains("every call to them answers 401") && message.contains("kiln.security.require-scheme"),
                message);
    }

    @Test
    void requireSchemeRefusesToStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> KilnSecurityModule
                .authenticators(KilnConfig.of(Map.of(KilnSecurityModule.REQUIRE_SCHEME_KEY, "true")), SHOP));
        assertTrue(refused.getMessage().contains("no authentication scheme is configured"), refused.getMessage());
    }

    @Test
    void aConfiguredSchemeSaysNothing() {
        Authenticators configured = KilnSecurityModule.authenticators(KilnConfig.of(Map.of(
                "kiln.security.jwt.secret", "0123456789abcdef0123456789abcdef", KilnSecurityModule.REQUIRE_SCHEME_KEY,
                "true")), SHOP);
        assertTrue(configured.challenge().isPresent());
    }
}
