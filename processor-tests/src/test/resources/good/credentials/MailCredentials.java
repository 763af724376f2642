package credentials;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoMap;
import dagger.multibindings.StringKey;
import dev.kiln.runtime.client.ClientCredentials;

/** Credentials for the "mail" service, contributed to the graph's Map<String, ClientCredentials>. */
@Module
public interface MailCredentials {
    @Provides
    @IntoMap
    @StringKey("mail")
    static ClientCredentials mail() {
        return () -> "Bearer mail-token";
    }
}
