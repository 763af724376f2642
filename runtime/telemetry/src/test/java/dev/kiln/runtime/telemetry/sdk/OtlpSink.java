package dev.kiln.runtime.telemetry.sdk;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in OTLP/HTTP collector on an ephemeral port: accepts {@code POST /v1/traces}, {@code /v1/metrics} and
 * {@code /v1/logs}, answers 200 with an empty protobuf body, counts requests and bytes per path and keeps the bodies.
 */
final class OtlpSink implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> bytes = new ConcurrentHashMap<>();
    private final Map<String, String> contentTypes = new ConcurrentHashMap<>();
    private final Map<String, StringBuffer> bodies = new ConcurrentHashMap<>();

    OtlpSink() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                bytes.computeIfAbsent(path, p -> new AtomicLong()).addAndGet(body.length);
                bodies.computeIfAbsent(path, p -> new StringBuffer()).append(new String(body, StandardCharsets.ISO_8859_1));
            }
            contentTypes.put(path, String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
            requests.computeIfAbsent(path, p -> new AtomicLong()).incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    long requests(String path) {
        AtomicLong count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    long bytes(String path) {
        AtomicLong count = bytes.get(path);
        return count == null ? 0 : count.get();
    }

    /** Every body posted to {@code path}, one byte a char (protobuf's strings are there as written, in UTF-8). */
    String bodies(String path) {
        StringBuffer all = bodies.get(path);
        return all == null ? "" : all.toString();
    }

    String contentType(String path) {
        return contentTypes.get(path);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
