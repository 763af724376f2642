package secure;

import dev.kiln.KilnApplication;

@KilnApplication(requireSecurityRules = true)
public final class SecureApp {
    private SecureApp() {}
}
