package runcaching;

import dev.kiln.KilnApplication;

/** An application over Inventory: its registry resource lists the caches Inventory's methods use. */
@KilnApplication(name = "inventory")
public final class InventoryApp {}
