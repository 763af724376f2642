package dev.kiln.runtime.data;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the test schema's orders table, as a generated repository's record would hold it. */
record OrderRow(long id, String customer, BigDecimal total, Status status, boolean paid, UUID reference, String note,
                OffsetDateTime createdAt) {
    enum Status { PLACED, PAID, CANCELLED }
}
