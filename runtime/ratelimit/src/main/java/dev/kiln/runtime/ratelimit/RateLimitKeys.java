package dev.kiln.runtime.ratelimit;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;

/**
 * The keys a limit is counted by. Keys carry a kind prefix ({@code ip:}, {@code user:}) so that a user named
 * like an address never shares an address's budget.
 *
 * <p>{@link #ip} is the peer's address. Behind a reverse proxy every peer is the proxy, so with
 * {@code kiln.ratelimit.trust-forwarded=true} the client is read from {@code X-Forwarded-For} instead: the
 * address {@code kiln.ratelimit.forwarded-hops} (default 1) from the right, the one your own proxies wrote.
 * Entries further left are whatever the client sent and are never used, or anyone could pick their own
 * budget. Leave it off when clients reach the server directly.
 *
 * <pre>{@code
 * RateLimitKeys keys = limiters.keys();
 * String byIp = keys.ip(req);                            // "ip:203.0.113.7"
 * String byUser = keys.principal(principalName, req);    // "user:ada", or the IP key when anonymous
 * String shared = RateLimitKeys.GLOBAL;                  // one budget for everyone
 * }</pre>
 */
public final class RateLimitKeys {
    /** The one key of a global limit. */
    public static final String GLOBAL = "global";

    private final boolean trustForwarded;
    private final int hops;

    private RateLimitKeys(boolean trustForwarded, int hops) {
        this.trustForwarded = trustForwarded;
        this.hops = hops;
    }

    /** Keys from the peer address only; {@code X-Forwarded-For} is ignored. */
    public static RateLimitKeys direct() {
        return new RateLimitKeys(false, 1);
    }

    /** Keys from {@code X-Forwarded-For}, trusting the last {@code hops} proxies. */
    public static RateLimitKeys forwarded(int hops) {
        if (hops < 1) {
            throw new IllegalArgumentException("hops must be at least 1, not " + hops);
        }
        return new RateLimitKeys(true, hops);
    }

    static RateLimitKeys from(RateLimitSettings settings) {
        return settings.trustForwarded() ? forwarded(settings.forwardedHops()) : direct();
    }

    /** The client's address as a key: {@code ip:<address>}. */
    public String ip(ServerRequest req) {
        if (trustForwarded && req.headers().contains(HeaderNames.X_FORWARDED_FOR)) {
            String forwarded = forwardedClient(req.headers().get(HeaderNames.X_FORWARDED_FOR).allValues(true));
            if (forwarded != null) {
                return "ip:" + forwarded;
            }
        }
        return "ip:" + address(req.remotePeer().address());
    }

    /** The authenticated principal as a key ({@code user:<name>}); an anonymous request ({@code null}) counts by IP. */
    public String principal(String name, ServerRequest req) {
        return name == null ? ip(req) : "user:" + name;
    }

    /** The entry {@code hops} from the right; when the list is shorter, the leftmost (the farthest one known). */
    private String forwardedClient(List<String> entries) {
        // allValues(true) has split comma-separated values; repeated headers arrive in order.
        String entry = entries.isEmpty() ? "" : entries.get(Math.max(0, entries.size() - hops)).trim();
        return entry.isEmpty() ? null : entry;
    }

    private static String address(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            // getHostAddress: no reverse DNS lookup on the request path.
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(address);
    }

    @Override
    public String toString() {
        return trustForwarded ? "RateLimitKeys(X-Forwarded-For, " + hops + " hops)" : "RateLimitKeys(peer address)";
    }
}
