package caching;

import dev.kiln.runtime.cache.CacheLoad;
import dev.kiln.runtime.cache.CacheSpec;
import dev.kiln.runtime.cache.Caches;
import dev.kiln.runtime.cache.KilnCache;
import dev.kiln.runtime.data.RollbackRules;
import dev.kiln.runtime.data.Transaction;
import dev.kiln.runtime.data.Transactions;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Runs the intercepted methods of {@link Catalog}; bound in the graph in its place.
 */
@Generated("dev.kiln.processor.KilnProcessor")
@Singleton
public final class CatalogIntercepted extends Catalog {
    private static final CacheSpec<String, Optional<Product>> PRODUCTS = new CacheSpec<>("products", Duration.ofMinutes(5), null, null);

    private static final CacheSpec<PricesKey, Long> PRICES = new CacheSpec<>("prices", Duration.ofSeconds(90), null, null);

    private static final CacheSpec<CategoriesKey, List<String>> CATEGORIES = new CacheSpec<>("categories", null, null, null);

    private static final CacheSpec<Long, Integer> STOCK = new CacheSpec<>("stock", null, null, null);

    private final Transactions transactions;

    private final KilnCache<String, Optional<Product>> products;

    private final KilnCache<PricesKey, Long> prices;

    private final KilnCache<CategoriesKey, List<String>> categories;

    private final KilnCache<Long, Integer> stock;

    @Inject
    CatalogIntercepted(Caches caches, Transactions transactions, String region) {
        super(region);
        this.transactions = transactions;
        this.products = caches.cache(PRODUCTS);
        this.prices = caches.cache(PRICES);
        this.categories = caches.cache(CATEGORIES);
        this.stock = caches.cache(STOCK);
    }

    @Override
    public Optional<Product> find(String sku) {
        String key = sku;
        if (key == null) {
            return super.find(sku);
        }
        Optional<Product> cached = this.products.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        CacheLoad<Optional<Product>> load = this.products.load(key);
        if (load.loaded()) {
            return load.value();
        }
        try {
            Optional<Product> result = super.find(sku);
            load.complete(result);
            return result;
        } catch (Throwable error) {
            load.fail(error);
            throw error;
        }
    }

    @Override
    public long price(String sku, int quantity, String requestId) throws IOException {
        PricesKey key = new PricesKey(sku, quantity);
        Long cached = this.prices.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        CacheLoad<Long> load = this.prices.load(key);
        if (load.loaded()) {
            return load.value();
        }
        try {
            long result = super.price(sku, quantity, requestId);
            load.complete(result);
            return result;
        } catch (Throwable error) {
            load.fail(error);
            throw error;
        }
    }

    @Override
    List<String> categories() {
        CategoriesKey key = new CategoriesKey();
        List<String> cached = this.categories.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        CacheLoad<List<String>> load = this.categories.load(key);
        if (load.loaded()) {
            return load.value();
        }
        try {
            List<String> result = super.categories();
            load.complete(result);
            return result;
        } catch (Throwable error) {
            load.fail(error);
            throw error;
        }
    }

    @Override
    public Product rename(String sku, String name) {
        String key = sku;
        if (key == null) {
            return rename$1(sku, name);
        }
        long version = this.products.version(key);
        Product result = rename$1(sku, name);
        this.products.put(key, Optional.ofNullable(result), version);
        return result;
    }

    private Product rename$1(String sku, String name) {
        Transaction transaction = this.transactions.begin(Transactional.TxType.REQUIRED);
        try {
            Product result = super.rename(sku, name);
            transaction.commit();
            return result;
        } catch (Throwable error) {
            transaction.fail(error, RollbackRules.DEFAULT);
            throw error;
        } finally {
            transaction.close();
        }
    }

    @Override
    public void delete(String sku, Optional<String> reason) {
        String key = sku;
        if (key == null) {
            delete$1(sku, reason);
            return;
        }
        delete$1(sku, reason);
        this.products.evict(key);
    }

    private void delete$1(String sku, Optional<String> reason) {
        Transaction transaction = this.transactions.begin(Transactional.TxType.REQUIRED);
        try {
            super.delete(sku, reason);
            transaction.commit();
        } catch (Throwable error) {
            transaction.fail(error, RollbackRules.DEFAULT);
            throw error;
        } finally {
            transaction.close();
        }
    }

    @Override
    public int reprice(String sku, int quantity, long cents) {
        PricesKey key = new PricesKey(sku, quantity);
        int result = super.reprice(sku, quantity, cents);
        this.prices.evict(key);
        return result;
    }

    @Override
    public void repriceAll() {
        super.repriceAll();
        this.prices.evictAll();
    }

    @Override
    public int stock(long warehouse) {
        Long key = warehouse;
        Integer cached = this.stock.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        CacheLoad<Integer> load = this.stock.load(key);
        if (load.loaded()) {
            return load.value();
        }
        try {
            int result = super.stock(warehouse);
            load.complete(result);
            return result;
        } catch (Throwable error) {
            load.fail(error);
            throw error;
        }
    }

    /**
     * A key of cache entries: compared component by component.
     */
    public record PricesKey(String sku, int quantity) {
    }

    /**
     * A key of cache entries: compared component by component.
     */
    public record CategoriesKey() {
    }
}
