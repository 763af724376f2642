package credentials;

import dev.kiln.KilnApplication;

/** An application whose injected client gets its credentials from the application's own module. */
@KilnApplication(modules = MailCredentials.class)
public final class CredentialsApp {
    private CredentialsApp() {}
}
