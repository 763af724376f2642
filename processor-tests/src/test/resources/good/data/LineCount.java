package data;

import java.util.Optional;

/** How many lines an order has: a count from a WITH query, NULL (empty) for an order it has no row for. */
public record LineCount(long id, Optional<Long> lineCount) {}
