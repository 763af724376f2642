package data;

/**
 * Stands in for the component Dagger writes while kiln-runtime-data's KilnDataModule provides no Database (the
 * runtime half of issue 9 is built on another branch): DataGoldenTest then compiles the application with Kiln alone.
 */
final class DaggerKilnShopAppComponent {
    private DaggerKilnShopAppComponent() {}

    static KilnShopAppComponent.Factory factory() {
        throw new UnsupportedOperationException("compiled without Dagger");
    }
}
