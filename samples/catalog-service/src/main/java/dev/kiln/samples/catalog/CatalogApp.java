package dev.kiln.samples.catalog;

import dev.kiln.KilnApplication;

/** The catalog process. {@code KilnCatalogApp} is generated from this class. */
@KilnApplication
public final class CatalogApp {
    private CatalogApp() {}

    public static void main(String[] args) {
        KilnCatalogApp.run(args);
    }
}
