package dev.kiln.runtime.telemetry.sdk;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The configured propagator plus one header, {@value #HEADER}: the calling application's {@code service.name}, put
 * on every call a Kiln client makes and read by the called server. A server span then knows its caller without the
 * caller's client span (which is in another process): the service-graph series name both ends of a call, as
 * Grafana Tempo's collector does by pairing the two spans. A value that is not a plain name (letters, digits,
 * {@code . _ -}, at most 100) is ignored: it only ever labels a series.
 */
final class CallerPropagator implements TextMapPropagator {
    static final String HEADER = "kiln-caller";
    private static final ContextKey<String> CALLER = ContextKey.named(HEADER);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final TextMapPropagator delegate;
    private final Supplier<String> self;
    private final List<String> fields;

    /** {@code self} names this application once the SDK knows its resource; empty before. */
    CallerPropagator(TextMapPropagator delegate, Supplier<String> self) {
        this.delegate = delegate;
        this.self = self;
        List<String> all = new ArrayList<>(delegate.fields());
        all.add(HEADER);
        this.fields = List.copyOf(all);
    }

    /** The caller that {@code context} was extracted with, or null. */
    static String caller(Context context) {
        return context.get(CALLER);
    }

    @Override
    public Collection<String> fields() {
        return fields;
    }

    @Override
    public <C> void inject(Context context, C carrier, TextMapSetter<C> setter) {
        delegate.inject(context, carrier, setter);
        String name = self.get();
        if (!name.isEmpty()) {
            setter.set(carrier, HEADER, name);
        }
    }

    @Override
    public <C> Context extract(Context context, C carrier, TextMapGetter<C> getter) {
        Context extracted = delegate.extract(context, carrier, getter);
        String caller = getter.get(carrier, HEADER);
        return caller != null && NAME.matcher(caller).matches() ? extracted.with(CALLER, caller) : extracted;
    }
}
