package dev.kiln.bench.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The order document every benchmark uses. {@code order.json} next to this class is the single copy: the
 * wrk script posts that file, the codec benchmark decodes these bytes, and {@link #ORDER} is the same order
 * as a value (the smoke test checks that they agree).
 */
public final class BenchData {
    /** The resource path of the order document, for scripts that want to read it from the source tree. */
    public static final String ORDER_RESOURCE = "order.json";

    /** {@code order.json} as UTF-8 bytes, exactly as posted by wrk. */
    public static final byte[] ORDER_JSON = load();

    /** The value {@link #ORDER_JSON} decodes to. */
    public static final BenchOrder ORDER = new BenchOrder(
            "ada.lovelace@example.com",
            List.of(
                    new OrderLine("BK-001", 2, new BigDecimal("39.90")),
                    new OrderLine("GD-104", 1, new BigDecimal("24.50")),
                    new OrderLine("KT-230", 3, new BigDecimal("54.00")),
                    new OrderLine("PN-417", 10, new BigDecimal("1.25"))),
            Priority.EXPRESS,
            Instant.parse("2026-11-25T10:15:30Z"),
            Optional.of("Leave at the back door, please"));

    private BenchData() {}

    private static byte[] load() {
        try (InputStream in = BenchData.class.getResourceAsStream(ORDER_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(ORDER_RESOURCE + " is missing next to " + BenchData.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #ORDER_JSON} as a string, for messages and tests. */
    public static String orderJson() {
        return new String(ORDER_JSON, StandardCharsets.UTF_8);
    }
}
