package dev.kiln.runtime.boot;

import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthProbe;
import dev.kiln.runtime.lifecycle.ComponentStatus;
import dev.kiln.runtime.lifecycle.LifecycleState;
import dev.kiln.runtime.registry.InstanceStatus;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.telemetry.Telemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The states the boot knows as gauges, read when metrics are collected (a scrape of {@code /metrics}, an OTLP
 * push), never on the request path:
 * <ul>
 *   <li>{@code kiln.registry.instances{service, status}}: the registry's instances per service and UP/DOWN;</li>
 *   <li>{@code kiln.health.status{check}}: 1 when the check answers UP, else 0 (checks run as for {@code /health},
 *   bounded by {@code kiln.health.timeout});</li>
 *   <li>{@code kiln.lifecycle.component.state{component, state}}: 1 for each component's current state, 0 for the
 *   others (an alert can match {@code state="FAILED"} without knowing the component).</li>
 * </ul>
 * Registered only when telemetry is enabled: without an SDK there is nothing to read them.
 */
final class StateGauges {
    private static final AttributeKey<String> SERVICE = AttributeKey.stringKey("service");
    private static final AttributeKey<String> STATUS = AttributeKey.stringKey("status");
    private static final AttributeKey<String> CHECK = AttributeKey.stringKey("check");
    private static final AttributeKey<String> COMPONENT = AttributeKey.stringKey("component");
    private static final AttributeKey<String> STATE = AttributeKey.stringKey("state");

    private StateGauges() {}

    static void register(Telemetry telemetry, ServiceRegistry registry, HealthProbe probe,
                         List<? extends HealthCheck> checks, Supplier<List<ComponentStatus>> components) {
        if (!telemetry.enabled()) {
            return;
        }
        Meter meter = telemetry.meter();
        meter.gaugeBuilder("kiln.registry.instances").ofLongs().setUnit("{instance}")
                .setDescription("Instances in the service registry, by service and status")
                .buildWithCallback(gauge -> {
                    for (Map.Entry<String, List<ServiceInstance>> service : registry.snapshot().entrySet()) {
                        Map<InstanceStatus, Long> counts = new EnumMap<>(InstanceStatus.class);
                        for (InstanceStatus status : InstanceStatus.values()) {
                            counts.put(status, 0L);
                        }
                        service.getValue().forEach(i -> counts.merge(i.status(), 1L, Long::sum));
                        counts.forEach((status, count) -> gauge.record(count,
                                Attributes.of(SERVICE, service.getKey(), STATUS, status.name())));
                    }
                });
        meter.gaugeBuilder("kiln.health.status").ofLongs().setUnit("1")
                .setDescription("1 when the health check answers UP, else 0")
                .buildWithCallback(gauge -> probe.runAll(checks).forEach(outcome -> gauge.record(
                        outcome.result().isUp() ? 1 : 0, Attributes.of(CHECK, outcome.name()))));
        meter.gaugeBuilder("kiln.lifecycle.component.state").ofLongs().setUnit("1")
                .setDescription("1 for the lifecycle component's current state, 0 for the others")
                .buildWithCallback(gauge -> {
                    for (ComponentStatus component : components.get()) {
                        for (LifecycleState state : LifecycleState.values()) {
                            gauge.record(component.state() == state ? 1 : 0,
                                    Attributes.of(COMPONENT, component.name(), STATE, state.name()));
                        }
                    }
                });
    }
}
