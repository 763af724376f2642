package dev.kiln.runtime.messaging;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CloudEvents ids: UUID version 7 (RFC 9562) — 48 bits of Unix milliseconds, so ids sort by time, then 74 bits
 * that make them unique: a random number drawn once per process plus a counter (RFC 9562 §6.2, a counter in the
 * random bits). Within a process they never repeat (2^62 ids before the counter wraps); across processes two ids
 * collide only if two processes drew random numbers so close that their counters meet within one millisecond.
 * Ids need to be unique, not unguessable; an id costs an increment and the formatting, no random draw.
 */
public final class MessageIds {
    /** 12 random bits of the high word (UUIDv7 {@code rand_a}), fixed for the process. */
    private static final long RAND_A;
    /** Where the 62 low bits start for this process; the counter adds to it. */
    private static final AtomicLong COUNTER;

    static {
        SecureRandom random = new SecureRandom();
        RAND_A = random.nextLong() & 0x0FFFL;
        COUNTER = new AtomicLong(random.nextLong());
    }

    private MessageIds() {}

    /** A fresh id for a message published now, e.g. {@code 0193e0f2-6b1a-7c3d-9e4f-0a1b2c3d4e5f}. */
    public static String next() {
        return at(System.currentTimeMillis());
    }

    /** A fresh id for a message published at {@code epochMillis}. */
    public static String at(long epochMillis) {
        long high = (epochMillis << 16) | 0x7000L | RAND_A;
        long low = (COUNTER.getAndIncrement() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
