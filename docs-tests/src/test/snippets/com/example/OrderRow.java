package com.example;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** docs/data.md's row. */
public record OrderRow(long id, String customer, BigDecimal total, String status, OffsetDateTime createdAt) {}
