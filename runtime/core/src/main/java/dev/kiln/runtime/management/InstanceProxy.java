package dev.kiln.runtime.management;

import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.registry.ServiceRegistry;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dashboard's way to another instance: {@code /kiln/dashboard/api/instances/{id}/{path}} is answered with what
 * instance {@code id} of the registry answers to {@code path}, status, content type and body as they come.
 *
 * <p>Why a proxy and not the browser calling each instance (CORS): the page then talks to one origin only, so the
 * instances need no CORS configuration and keep their addresses private (an instance registered under an address
 * the browser cannot reach, in a cluster, is still shown); the caller's credentials ({@code Authorization},
 * {@code X-API-Key}) go along, so {@code kiln.management.roles} is checked by every instance as it would be for a
 * direct call; and the browser's same-origin rule keeps other sites' pages away from the management data.
 *
 * <p>It forwards only to instances in the registry (never to an address given by the caller) and only the
 * operations paths the dashboard reads: {@code health}, {@code metrics}, {@code kiln/traces[/id]},
 * {@code kiln/errors}, {@code kiln/caches}, {@code kiln/messaging} and its dead letters (replay by POST, purge by
 * DELETE). Anything else is a 404 problem; an instance that does not answer within {@value #TIMEOUT_SECONDS}s a 504,
 * one that cannot be reached a 502.
 *
 * <pre>{@code
 * new InstanceProxy(registry).forward(req, res, "catalog-1f0e…", "kiln/errors");
 * }</pre>
 */
final class InstanceProxy {
    static final int TIMEOUT_SECONDS = 3;
    private static final String NAME = "[A-Za-z0-9._:-]{1,200}";
    private static final String LETTERS = "kiln/messaging/(events|queue)/" + NAME + "/dead-letters";
    private static final Pattern READ = Pattern.compile("health|metrics|kiln/errors|kiln/caches|kiln/traces"
            + "|kiln/traces/[0-9a-f]{32}|kiln/messaging|" + LETTERS + "|" + LETTERS + "/" + NAME);
    private static final Pattern REPLAY = Pattern.compile(LETTERS + "(/" + NAME + ")?/replay");
    private static final Pattern PURGE = Pattern.compile(LETTERS);
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9=&._-]{0,200}");

    private final ServiceRegistry registry;
    private final HttpClient client;

    InstanceProxy(ServiceRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS)).build();
    }

    void forward(ServerRequest req, ServerResponse res, String id, String path) {
        String method = req.prologue().method().text();
        if (!allowed(method, path)) {
            throw HttpException.notFound("The dashboard does not forward " + method + " " + path);
        }
        String query = req.query().rawValue();
        if (!QUERY.matcher(query).matches()) {
            throw HttpException.badRequest("The dashboard forwards only plain query parameters");
        }
        ServiceInstance instance = find(id).orElseThrow(() -> HttpException.notFound("No instance '" + id
                + "' in the registry"));
        URI target = instance.uri().resolve("/" + path + (query.isEmpty() ? "" : "?" + query));
        HttpRequest.Builder out = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .method(method, HttpRequest.BodyPublishers.noBody());
        ManagementSettings.credentials(req).forEach(out::header);
        HttpResponse<byte[]> answer;
        try {
            answer = client.send(out.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.net.http.HttpTimeoutException e) {
            throw HttpException.gatewayTimeout("Instance '" + id + "' did not answer " + path + " in time");
        } catch (IOException e) {
            throw HttpException.badGateway("Instance '" + id + "' could not be reached for " + path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HttpException.serviceUnavailable("Interrupted while reading instance '" + id + "'");
        }
        res.status(answer.statusCode());
        answer.headers().firstValue("Content-Type").ifPresent(type -> res.header(HeaderNames.CONTENT_TYPE, type));
        answer.headers().firstValue("WWW-Authenticate")
                .ifPresent(value -> res.header(HeaderNames.WWW_AUTHENTICATE, value));
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(answer.body());
    }

    static boolean allowed(String method, String path) {
        return switch (method) {
            case "GET" -> READ.matcher(path).matches();
            case "POST" -> REPLAY.matcher(path).matches();
            case "DELETE" -> PURGE.matcher(path).matches();
            default -> false;
        };
    }

    private Optional<ServiceInstance> find(String id) {
        return registry.snapshot().values().stream().flatMap(List::stream)
                .filter(instance -> instance.id().equals(id)).findFirst();
    }
}
