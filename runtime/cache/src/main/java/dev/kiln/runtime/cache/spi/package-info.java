/**
 * The store SPI: how a module plugs a shared store behind the near caches of {@code kiln-runtime-cache}
 * ({@link dev.kiln.runtime.cache.spi.CacheStoreProvider} through {@code ServiceLoader},
 * {@link dev.kiln.runtime.cache.spi.CacheStore}, {@link dev.kiln.runtime.cache.spi.SharedCache},
 * {@link dev.kiln.runtime.cache.spi.NearCache}, {@link dev.kiln.runtime.cache.spi.Lookup}).
 * {@code kiln-runtime-cache-redis} provides {@code kiln.cache.store=redis}.
 */
package dev.kiln.runtime.cache.spi;
