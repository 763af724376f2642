package dev.kiln.it;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Echoes whatever the router bound, so tests see the conversion from the wire. */
@Singleton
final class ScalarsService implements ScalarsApi {

    @Inject
    ScalarsService() {}

    @Override
    public Scalars path(boolean b, byte by, short s, int i, long l, float f, double d, char c, String str,
                        Color color, UUID uuid, BigDecimal dec, BigInteger big, LocalDate date,
                        LocalDateTime dateTime, OffsetDateTime offset, Instant instant, Duration duration) {
        return new Scalars(b, by, s, i, l, f, d, c, str, color, uuid, dec, big, date, dateTime, offset, instant, duration);
    }

    @Override
    public Scalars query(boolean b, byte by, short s, int i, long l, float f, double d, char c, String str,
                         Color color, UUID uuid, BigDecimal dec, BigInteger big, LocalDate date,
                         LocalDateTime dateTime, OffsetDateTime offset, Instant instant, Duration duration) {
        return new Scalars(b, by, s, i, l, f, d, c, str, color, uuid, dec, big, date, dateTime, offset, instant, duration);
    }

    @Override
    public Boxed boxed(Boolean b, Byte by, Short s, Integer i, Long l, Float f, Double d, Character c) {
        return new Boxed(b, by, s, i, l, f, d, c);
    }

    @Override
    public Scalars headers(boolean b, byte by, short s, int i, long l, float f, double d, char c, String str,
                           Color color, UUID uuid, BigDecimal dec, BigInteger big, LocalDate date,
                           LocalDateTime dateTime, OffsetDateTime offset, Instant instant, Duration duration) {
        return new Scalars(b, by, s, i, l, f, d, c, str, color, uuid, dec, big, date, dateTime, offset, instant, duration);
    }

    @Override
    public Shapes shapes(Optional<Integer> maybe, int page, Color tint, List<String> tags, Set<Long> ids,
                         Optional<LocalDate> since, Optional<UUID> trace, List<Boolean> flags, String mode) {
        return new Shapes(maybe, page, tint, tags, ids, since, trace, flags, mode);
    }

    @Override
    public List<String> labels(List<String> labels) {
        return labels;
    }
}
