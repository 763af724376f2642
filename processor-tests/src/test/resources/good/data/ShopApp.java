package data;

import dev.kiln.KilnApplication;

@KilnApplication
public final class ShopApp {
    public static void main(String[] args) {
        KilnShopApp.run(args);
    }
}
