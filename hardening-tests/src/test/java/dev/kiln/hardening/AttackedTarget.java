package dev.kiln.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The target on the default limits for one test class, its log captured: after the class, nothing may have been
 * logged at WARNING or above, whatever the attacks were.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final AttackedTarget TARGET = new AttackedTarget();
 * }</pre>
 */
final class AttackedTarget implements BeforeAllCallback, AfterAllCallback {
    private Target target;
    private LogRecords log;

    @Override
    public void beforeAll(ExtensionContext context) {
        log = new LogRecords();
        target = Target.start(Map.of());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        target.close();
        log.close();
        assertEquals(List.of(), log.atLeast(Level.WARNING), log.describe());
    }

    int port() {
        return target.port();
    }

    URI uri() {
        return target.uri();
    }
}
