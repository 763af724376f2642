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
 * traces (the one first seen longest ago dropped first) of at most {@code maxSpans} spans each. A span is turned into
 * a {@link RecordedSpan} when it ends, on the ending thread, under one short lock.
 *
 * <pre>{@code
 * RecentTracesProcessor recent = new RecentTracesProcessor(100, 500);
 * SdkTracerProvider.builder().addSpanProcessor(recent);
 * }</pre>
 */
final class RecentTracesProcessor implements SpanProcessor, RecentTraces {
    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

    private final int maxSpans;
    private final Map<String, List<RecordedSpan>> traces;

    RecentTracesProcessor(int maxTraces, int maxSpans) {
        this.maxSpans = maxSpans;
        this.traces = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<RecordedSpan>> eldest) {
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
        RecordedSpan recorded = recorded(span.toSpanData());
        synchronized (traces) {
            List<RecordedSpan> spans = traces.computeIfAbsent(recorded.traceId(), id -> new ArrayList<>());
            if (spans.size() < maxSpans) {
                spans.add(recorded);
            }
        }
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    @Override
    public List<Summary> recent() {
        List<Summary> summaries = new ArrayList<>();
        synchronized (traces) {
            traces.forEach((id, spans) -> summaries.add(summary(id, spans)));
        }
        summaries.sort(Comparator.comparingLong(Summary::startEpochNanos).reversed());
        return summaries;
    }

    @Override
    public List<RecordedSpan> trace(String traceId) {
        List<RecordedSpan> spans;
        synchronized (traces) {
            spans = new ArrayList<>(traces.getOrDefault(traceId, List.of()));
        }
        spans.sort(Comparator.comparingLong(RecordedSpan::startEpochNanos));
        return spans;
    }

    private static Summary summary(String traceId, List<RecordedSpan> spans) {
        RecordedSpan first = spans.getFirst();
        long end = Long.MIN_VALUE;
        int errors = 0;
        for (RecordedSpan s : spans) {
            if (s.startEpochNanos() < first.startEpochNanos()) {
                first = s;
            }
            end = Math.max(end, s.startEpochNanos() + s.durationNanos());
            errors += s.error() ? 1 : 0;
        }
        return new Summary(traceId, first.name(), first.startEpochNanos(), end - first.startEpochNanos(), spans.size(),
                errors);
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
