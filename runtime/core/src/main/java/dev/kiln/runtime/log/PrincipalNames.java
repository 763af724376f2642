package dev.kiln.runtime.log;

import io.helidon.webserver.http.ServerRequest;
import java.util.Objects;

/**
 * The name of the request's authenticated caller, as the access log reports it. Kept apart from any
 * security model so that the core runtime names no security type: the code that authenticates a request
 * records the name here, and the access log reads it once the response is sent.
 *
 * <pre>{@code
 * PrincipalNames.set(req, principal.name());      // in an authenticating filter
 * String who = PrincipalNames.of(req);            // null for anonymous requests
 * }</pre>
 */
public final class PrincipalNames {
    /** The context classifier: private, so the name is only set through {@link #set}. */
    private static final Object KEY = new Object() {
        @Override
        public String toString() {
            return "kiln.principal-name";
        }
    };

    private PrincipalNames() {}

    /** Records the name of the request's authenticated caller. */
    public static void set(ServerRequest req, String name) {
        req.context().register(KEY, Objects.requireNonNull(name, "name"));
    }

    /** The recorded name, or null when the request is anonymous. */
    public static String of(ServerRequest req) {
        return req.context().get(KEY, String.class).orElse(null);
    }
}
