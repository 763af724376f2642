package bad;

import dev.kiln.KilnApplication;

@KilnApplication(modules = {
        NotAModule.Settings.class}) // <-- [KilnNotAModule]
public final class NotAModule {
    static final class Settings {}
}
