package shop;

import dev.kiln.KilnApplication;

@KilnApplication(modules = ClockModule.class)
public final class ShopApp {
    private ShopApp() {}

    public static void main(String[] args) {
        KilnShopApp.run(args);
    }
}
