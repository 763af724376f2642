package dev.kiln.runtime.telemetry.sdk;

import dev.kiln.runtime.telemetry.RecentTraces;
import dev.kiln.runtime.telemetry.RecordedSpan;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the spans this process ends (sampled ones) grouped by trace, for {@code /kiln/traces}: at most {@code maxTraces}
 * traces (the one first seen longest ago dropped first) of at most {@code maxSpans} spans each. When a span ends its
 * immutable {@link SpanData} is kept under one short lock; it becomes a {@link RecordedSpan} (attributes as text)
 * only when {@code /kiln/traces} reads it, so a request pays no more than the snapshot.
 *
 * <pre>{@code
 * RecentTracesProcessor recent = new RecentTracesProcessor(100, 500);
 * SdkTracerProvider.builder().addSpanProcessor(recent);
 * }</pre>
 */
final class RecentTracesProcessor implements SpanProcessor, RecentTraces {
    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

    private final int maxSpans;
    private final Map<String, List<SpanData>> traces;

    RecentTracesProcessor(int maxTraces, int maxSpans) {
        this.maxSpans = maxSpans;
        this.traces = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<SpanData>> eldest) {
                return size() > maxTraces;
            }
        };
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {}

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        SpanData data = span.toSpanData();
        synchronized (traces) {
            List<SpanData> spans = traces.computeIfAbsent(data.getTraceId(), id -> new ArrayList<>());
            if (spans.size() < maxSpans) {
                spans.add(data);
            }
        }
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    @Override
    public List<Summary> recent() {
        Map<String, List<SpanData>> kept = new LinkedHashMap<>();
        synchronized (traces) {
            traces.forEach((id, spans) -> kept.put(id, List.copyOf(spans)));
        }
        List<Summary> summaries = new ArrayList<>();
        kept.forEach((id, spans) -> summaries.add(summary(id, spans)));
        summaries.sort(Comparator.comparingLong(Summary::startEpochNanos).reversed());
        return summaries;
    }

    @Override
    public List<RecordedSpan> trace(String traceId) {
        List<SpanData> kept;
        synchronized (traces) {
            kept = List.copyOf(traces.getOrDefault(traceId, List.of()));
        }
        List<RecordedSpan> spans = new ArrayList<>(kept.size());
        kept.forEach(data -> spans.add(recorded(data)));
        spans.sort(Comparator.comparingLong(RecordedSpan::startEpochNanos));
        return spans;
    }

    private static Summary summary(String traceId, List<SpanData> spans) {
        SpanData first = spans.getFirst();
        long end = Long.MIN_VALUE;
        int errors = 0;
        for (SpanData s : spans) {
            if (s.getStartEpochNanos() < first.getStartEpochNanos()) {
                first = s;
            }
            end = Math.max(end, s.getEndEpochNanos());
            errors += s.getStatus().getStatusCode() == StatusCode.ERROR ? 1 : 0;
        }
        return new Summary(traceId, first.getName(), first.getStartEpochNanos(), end - first.getStartEpochNanos(),
                spans.size(), errors);
    }

    private static RecordedSpan recorded(SpanData data) {
        Map<String, String> attributes = new LinkedHashMap<>();
        data.getAttributes().forEach((key, value) -> attributes.put(key.getKey(), String.valueOf(value)));
        String parent = data.getParentSpanContext().isValid() ? data.getParentSpanId() : "";
        String service = data.getResource().getAttribute(SERVICE_NAME);
        return new RecordedSpan(data.getTraceId(), data.getSpanId(), parent, data.getParentSpanContext().isRemote(),
                service == null ? "" : service, data.getName(), data.getKind().name(), data.getStartEpochNanos(),
                data.getEndEpochNanos() - data.getStartEpochNanos(), data.getStatus().getStatusCode() == StatusCode.ERROR,
                attributes);
    }
}
