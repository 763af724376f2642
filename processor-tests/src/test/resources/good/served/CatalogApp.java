package served;

import dev.kiln.KilnApplication;

@KilnApplication
public final class CatalogApp {
    private CatalogApp() {}
}
