package dev.kiln.bench.products;

import dev.kiln.KilnApplication;

/**
 * The server of {@code benchmarks/cache-http.sh}: one product lookup answered through a {@code @Cached} method and
 * without it. {@code KilnProductsApp} is generated from this class. Kiln takes one application per compilation, so
 * this one is compiled apart from {@code BenchApp} (a second javac run in the benchmarks' pom), whose graph, start-up
 * and routes stay as {@code http.sh} and {@code startup.sh} measure them.
 *
 * <pre>{@code
 * java -cp target/benchmarks.jar dev.kiln.bench.products.ProductsApp --server.port=8092
 * }</pre>
 */
@KilnApplication(name = "bench-products")
public final class ProductsApp {
    private ProductsApp() {}

    public static void main(String[] args) {
        KilnProductsApp.run(args);
    }
}
