package dev.kiln.it;

import dev.kiln.runtime.log.RequestIds;
import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.telemetry.Telemetry;
import io.opentelemetry.api.trace.Span;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Serves {@link TracedApi}; its relay calls the service itself through the generated client, as another would. */
@Singleton
final class TracedService implements TracedApi {
    private static final System.Logger LOGGER = System.getLogger(TracedService.class.getName());

    private final ServiceRegistry registry;
    private final Telemetry telemetry;
    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private volatile TracedApi client;

    @Inject
    TracedService(ServiceRegistry registry, Telemetry telemetry) {
        this.registry = registry;
        this.telemetry = telemetry;
    }

    @Override
    public String item(long id) {
        LOGGER.log(System.Logger.Level.INFO, "serving item " + id);
        return "item " + id;
    }

    @Override
    public String fail() {
        throw new IllegalStateException("the traced route failed");
    }

    @Override
    public String relay(long id) {
        TracedApi traced = client;
        if (traced == null) {
            // Built on first use: the registry knows this application's address only once it has started.
            traced = TracedApiClient.builder().registry(registry).telemetry(telemetry).build();
            client = traced;
        }
        return "relayed " + traced.item(id);
    }

    @Override
    public String hop() {
        try {
            return pool.submit(RequestIds.wrap(() -> RequestIds.current() + " "
                    + Span.current().getSpanContext().getTraceId())).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
