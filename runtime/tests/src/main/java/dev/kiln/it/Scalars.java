package dev.kiln.it;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Every scalar type as a record component. */
public record Scalars(boolean b, byte by, short s, int i, long l, float f, double d, char c, String str,
                      Color color, UUID uuid, BigDecimal dec, BigInteger big, LocalDate date,
                      LocalDateTime dateTime, OffsetDateTime offset, Instant instant, Duration duration) {}
