package dev.kiln.samples.orders;

import dev.kiln.KilnApplication;

/**
 * The orders process. It serves {@code OrderApi} and calls {@code CatalogApi}, which has no
 * implementation here, so Kiln binds it to the generated {@code CatalogApiClient}.
 */
@KilnApplication(modules = ClockModule.class)
public final class OrdersApp {
    private OrdersApp() {}

    public static void main(String[] args) {
        KilnOrdersApp.run(args);
    }
}
