package dev.kiln.bench.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A typical order body: strings, a list of nested records, BigDecimal, an enum, an Instant and an optional
 * field. The same document is posted by wrk and decoded by the codec benchmark ({@link BenchData#ORDER_JSON}).
 */
public record BenchOrder(
        String customer,
        List<OrderLine> lines,
        Priority priority,
        Instant placedAt,
        Optional<String> note) {}
