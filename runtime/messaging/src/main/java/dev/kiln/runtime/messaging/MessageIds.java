package dev.kiln.runtime.messaging;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * CloudEvents ids: UUID version 7 (RFC 9562) — 48 bits of Unix milliseconds then random bits, so ids sort by
 * time and never repeat in practice. The random part comes from {@link ThreadLocalRandom}: ids need to be
 * unique, not unguessable.
 */
public final class MessageIds {
    private MessageIds() {}

    /** A fresh id, e.g. {@code 0193e0f2-6b1a-7c3d-9e4f-0a1b2c3d4e5f}. */
    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
