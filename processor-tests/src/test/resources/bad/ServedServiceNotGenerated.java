package bad;

import dev.kiln.KilnApplication;
import jakarta.inject.Inject;
import shop.CatalogApi;

@KilnApplication
public final class ServedServiceNotGenerated {}

final class CatalogService implements CatalogApi { // <-- [KilnServiceNotGenerated]
    @Inject
    CatalogService() {}

    @Override
    public String list() {
        return "";
    }
}
