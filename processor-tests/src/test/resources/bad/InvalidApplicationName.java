package bad;

import dev.kiln.KilnApplication;

@KilnApplication(
        name = "Orders_Service") // <-- [KilnInvalidApplicationName]
public final class InvalidApplicationName {
    private InvalidApplicationName() {}
}
