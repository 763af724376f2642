package dev.kiln.runtime.cache.spi;

/**
 * What a {@link SharedCache#read} found: a value, or a miss that
 * carries the store's lease when this caller may fill the key (else it runs the method without filling).
 *
 * <pre>{@code
 * Lookup<V> found = shared.read(key);
 * if (found.hit()) return found.value();
 * V value = method();
 * shared.fill(key, value, found);      // written only if found's lease still holds
 * }</pre>
 *
 * @param <V> the value type
 */
public final class Lookup<V> {
    private static final Lookup<?> MISS = new Lookup<>(false, null, null);

    private final boolean hit;
    private final V value;
    private final Object lease;

    private Lookup(boolean hit, V value, Object lease) {
        this.hit = hit;
        this.value = value;
        this.lease = lease;
    }

    /** The store holds {@code value}. */
    public static <V> Lookup<V> hit(V value) {
        return new Lookup<>(true, value, null);
    }

    /** A miss this caller may fill with {@code lease} (the store's own token). */
    public static <V> Lookup<V> lease(Object lease) {
        return new Lookup<>(false, null, lease);
    }

    /** A miss this caller must not fill: another instance is loading, or the store did not answer. */
    @SuppressWarnings("unchecked")
    public static <V> Lookup<V> miss() {
        return (Lookup<V>) MISS;
    }

    public boolean hit() {
        return hit;
    }

    /** The value, when {@link #hit()}. */
    public V value() {
        return value;
    }

    /** The lease a fill needs, or null. */
    public Object lease() {
        return lease;
    }
}
