package dev.kiln.runtime.telemetry.sdk;

import io.opentelemetry.common.ComponentLoader;
import io.opentelemetry.exporter.sender.jdk.internal.JdkHttpSenderProvider;
import io.opentelemetry.sdk.common.export.HttpSenderProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * The SDK's service loading, with one choice made: OTLP over HTTP/protobuf is sent by the JDK's HttpClient. The
 * OTLP exporter brings OkHttp for gRPC, whose HTTP sender would otherwise be found next to the JDK's (and the SDK
 * would pick one of the two and warn about it on every start).
 */
final class SenderLoader implements ComponentLoader {
    private final ComponentLoader services = ComponentLoader.forClassLoader(SenderLoader.class.getClassLoader());

    @Override
    public <T> Iterable<T> load(Class<T> type) {
        Iterable<T> found = services.load(type);
        if (type != HttpSenderProvider.class) {
            return found;
        }
        List<T> jdk = new ArrayList<>(1);
        for (T provider : found) {
            if (provider instanceof JdkHttpSenderProvider) {
                jdk.add(provider);
            }
        }
        return jdk;
    }
}
