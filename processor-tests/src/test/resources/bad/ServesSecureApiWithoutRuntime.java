package secure;

import dev.kiln.KilnApplication;

/** Serves secure.OrderApi from an API jar (rules and limits) on a classpath without one runtime module or the other. */
@KilnApplication // <-- [KilnSecurityRuntimeMissing] // <-- [KilnRateLimitRuntimeMissing]
public final class ServesSecureApiWithoutRuntime {
    private ServesSecureApiWithoutRuntime() {}
}
