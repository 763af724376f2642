package dev.kiln.runtime.telemetry.sdk;

import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableLongGauge;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The virtual-thread scheduler's figures, which OpenTelemetry's runtime telemetry does not give:
 * {@code jvm.thread.virtual.mounted} (virtual threads running on a carrier now), {@code jvm.thread.virtual.queued}
 * (ready to run, waiting for a carrier) and {@code jvm.thread.virtual.carriers} (the scheduler's carrier threads),
 * read at collection from the JDK's {@code jdk.management:type=VirtualThreadScheduler} MBean (JDK 24+; on an older JDK
 * there is none, and so are these gauges). A count of all live virtual threads is not something the JDK keeps.
 *
 * <pre>{@code
 * AutoCloseable gauges = VirtualThreadGauges.register(sdk.getMeter("dev.kiln"));   // close with the SDK
 * }</pre>
 */
final class VirtualThreadGauges implements AutoCloseable {
    private static final String MBEAN = "jdk.management:type=VirtualThreadScheduler";

    private final List<ObservableLongGauge> gauges;

    private VirtualThreadGauges(List<ObservableLongGauge> gauges) {
        this.gauges = gauges;
    }

    /** The gauges on {@code meter}, or none when this JDK has no virtual-thread scheduler MBean. */
    static VirtualThreadGauges register(Meter meter) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name;
        try {
            name = new ObjectName(MBEAN);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
        List<ObservableLongGauge> gauges = new ArrayList<>(3);
        if (server.isRegistered(name)) {
            gauges.add(gauge(meter, server, name, "jvm.thread.virtual.mounted", "MountedVirtualThreadCount",
                    "Virtual threads mounted on a carrier thread."));
            gauges.add(gauge(meter, server, name, "jvm.thread.virtual.queued", "QueuedVirtualThreadCount",
                    "Virtual threads ready to run, waiting for a carrier thread."));
            gauges.add(gauge(meter, server, name, "jvm.thread.virtual.carriers", "PoolSize",
                    "Carrier threads of the virtual-thread scheduler."));
        }
        return new VirtualThreadGauges(gauges);
    }

    private static ObservableLongGauge gauge(Meter meter, MBeanServer server, ObjectName name, String metric,
                                             String attribute, String description) {
        return meter.gaugeBuilder(metric).ofLongs().setUnit("{thread}").setDescription(description)
                .buildWithCallback(measurement -> {
                    try {
                        if (server.getAttribute(name, attribute) instanceof Number value) {
                            measurement.record(value.longValue());
                        }
                    } catch (JMException | RuntimeException e) {
                        // Not readable now: no point for this collection.
                    }
                });
    }

    @Override
    public void close() {
        gauges.forEach(ObservableLongGauge::close);
    }
}
