package events;

import dev.kiln.KilnApplication;

@KilnApplication(name = "shop")
public final class ShopApp {}
