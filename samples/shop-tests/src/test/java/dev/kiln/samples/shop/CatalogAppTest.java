package dev.kiln.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.client.ClientCredentials;
import dev.kiln.runtime.http.ForbiddenException;
import dev.kiln.runtime.http.UnauthorizedException;
import dev.kiln.samples.catalog.CatalogApp;
import dev.kiln.samples.shop.api.CatalogApi;
import dev.kiln.samples.shop.api.CatalogApiClient;
import dev.kiln.test.KilnTest;
import dev.kiln.test.KilnTestProperties;
import org.junit.jupiter.api.Test;

/**
 * The catalog alone under {@code @KilnTest}: one of three applications on this test class path (catalog, orders,
 * notifications), each found by the launcher its own jar lists. Only one application.yaml is read (the first on the
 * class path), so the stock keeper's key is given here rather than trusted to the catalog's file.
 */
@KilnTest(value = CatalogApp.class, properties = {
        "kiln.security.api-key.keys.stock-keeper.hash=sha256$23b28f02aacfaede6f6e46a7957bd72bf42f650a9adf80028273301f6ca780fc",
        "kiln.security.api-key.keys.stock-keeper.roles=stock-keeper"})
class CatalogAppTest {

    @Test
    void findsAProductThroughTheTypedClientItIsGiven(CatalogApi catalog) {
        assertEquals("Copper watering can", catalog.find("GD-104").orElseThrow().name());
    }

    @Test
    void restockingNeedsTheStockKeepersKey(CatalogApi anonymous, KilnHandle app) {
        assertThrows(UnauthorizedException.class, () -> anonymous.restock("BK-001", 5, null));
        CatalogApi keeper = CatalogApiClient.builder().baseUri(app.uri())
                .credentials(ClientCredentials.apiKey("X-API-Key", "sample-stock-key")).build();
        int before = anonymous.find("BK-001").orElseThrow().inStock();

        assertEquals(before + 5, keeper.restock("BK-001", 5, null).inStock());
    }

    @Test
    @KilnTestProperties("kiln.security.api-key.keys.stock-keeper.roles=auditor")
    void aMethodsOwnConfigurationChangesOnlyItsApplication(KilnHandle app) {
        CatalogApi keeper = CatalogApiClient.builder().baseUri(app.uri())
                .credentials(ClientCredentials.apiKey("X-API-Key", "sample-stock-key")).build();

        assertThrows(ForbiddenException.class, () -> keeper.restock("BK-001", 5, null));
    }
}
