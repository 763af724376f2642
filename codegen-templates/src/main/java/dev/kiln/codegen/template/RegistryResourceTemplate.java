package dev.kiln.codegen.template;

import dev.kiln.codegen.model.ApplicationModel;
import dev.kiln.codegen.model.DataWiring;
import dev.kiln.codegen.model.MessagingModel;
import dev.kiln.codegen.model.MessagingWiring;
import dev.kiln.codegen.model.RouteModel;
import dev.kiln.codegen.model.ServiceModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The registry resource {@code META-INF/kiln/apps/<app>.json}: what the application serves and calls,
 * as deterministic, indented JSON (model order, two spaces, {@code \n}, a final newline).
 *
 * <pre>{@code
 * String json = RegistryResourceTemplate.render(app);
 * // {
 * //   "name": "com.example.ShopApp",
 * //   "services": [
 * //     {
 * //       "name": "orders",
 * //       "interface": "com.example.OrderApi",
 * //       "routes": [
 * //         { "method": "GET", "path": "/orders/{id}" }
 * //       ]
 * //     }
 * //   ],
 * //   "clients": [
 * //     {
 * //       "service": "catalog",
 * //       "interface": "com.example.CatalogApi",
 * //       "routes": [
 * //         { "method": "GET", "path": "/products/{sku}" }
 * //       ]
 * //     }
 * //   ]
 * // }
 * }</pre>
 */
public final class RegistryResourceTemplate {
    private RegistryResourceTemplate() {}

    /** The registry document of {@code app}. */
    public static String render(ApplicationModel app) {
        return render(app, Optional.empty());
    }

    /**
     * The registry document of {@code app}; with {@code messaging}, also what it publishes (each injected messaging
     * interface) and subscribes to (its dispatcher's subscriptions), one entry per destination with its CloudEvents
     * types: {@code "publishes": [ { "kind": "events", "name": "orders", "types": [ "orders.placed" ] } ]}.
     */
    public static String render(ApplicationModel app, Optional<MessagingWiring> messaging) {
        return render(app, messaging, Optional.empty());
    }

    /**
     * The registry document of {@code app}; with {@code data}, also its repositories and the tables each uses,
     * {@code "repositories": [ { "name": "OrderRepository", "interface": "com.example.OrderRepository",
     * "tables": [ "orders" ] } ]}, and the caches its {@code @Cached} (…) methods use: {@code "caches": [ "products" ]}.
     * {@code GET /kiln/service-map} reads it: the application's side of the system's compile-time graph.
     */
    public static String render(ApplicationModel app, Optional<MessagingWiring> messaging, Optional<DataWiring> data) {
        StringBuilder out = new StringBuilder(256);
        out.append("{\n");
        out.append("  \"name\": ").append(quote(app.app().canonicalName())).append(",\n");
        out.append("  \"services\": [");
        List<ApplicationModel.ServedService> served = app.served();
        for (int i = 0; i < served.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            service(out, served.get(i).service());
        }
        out.append(served.isEmpty() ? "],\n" : "\n  ],\n");
        out.append("  \"clients\": [");
        List<ApplicationModel.ClientBinding> clients = app.clients();
        for (int i = 0; i < clients.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            client(out, clients.get(i));
        }
        out.append(clients.isEmpty() ? "]" : "\n  ]");
        if (messaging.isPresent()) {
            Map<String, Set<String>> publishes = new TreeMap<>();
            for (MessagingWiring.Publisher p : messaging.get().publishers()) {
                MessagingModel m = p.model();
                Set<String> types = publishes.computeIfAbsent(key(m.queue(), m.destination()), k -> new TreeSet<>());
                m.messages().forEach(message -> types.add(m.destination() + "." + message.method()));
            }
            Map<String, Set<String>> subscribes = new TreeMap<>();
            messaging.get().dispatcher().ifPresent(d -> d.subscriptions().forEach(sub -> subscribes
                    .computeIfAbsent(key(sub.queue(), sub.destination()), k -> new TreeSet<>())
                    .add(sub.destination() + "." + sub.message())));
            destinations(out.append(",\n  \"publishes\": ["), publishes);
            destinations(out.append(",\n  \"subscribes\": ["), subscribes);
        }
        data.filter(DataWiring::usesDatabase).ifPresent(d -> {
            out.append(",\n  \"repositories\": [");
            for (int i = 0; i < d.repositories().size(); i++) {
                DataWiring.Repository r = d.repositories().get(i);
                out.append(i == 0 ? "\n" : ",\n").append("    { \"name\": ").append(quote(r.iface().simpleName()))
                        .append(", \"interface\": ").append(quote(r.iface().canonicalName()))
                        .append(", \"tables\": ");
                strings(out, r.tables());
                out.append(" }");
            }
            out.append(d.repositories().isEmpty() ? "]" : "\n  ]");
        });
        data.filter(DataWiring::usesCaches).ifPresent(d -> {
            Set<String> caches = new TreeSet<>();
            d.intercepted().forEach(i -> caches.addAll(i.caches()));
            strings(out.append(",\n  \"caches\": "), List.copyOf(caches));
        });
        return out.append("\n}\n").toString();
    }

    private static String key(boolean queue, String destination) {
        return (queue ? "queue" : "events") + ":" + destination;
    }

    private static void destinations(StringBuilder out, Map<String, Set<String>> destinations) {
        int i = 0;
        for (Map.Entry<String, Set<String>> d : destinations.entrySet()) {
            String[] kindAndName = d.getKey().split(":", 2);
            out.append(i++ == 0 ? "\n" : ",\n").append("    { \"kind\": ").append(quote(kindAndName[0]))
                    .append(", \"name\": ").append(quote(kindAndName[1])).append(", \"types\": ");
            strings(out, List.copyOf(d.getValue()));
            out.append(" }");
        }
        out.append(destinations.isEmpty() ? "]" : "\n  ]");
    }

    private static void service(StringBuilder out, ServiceModel service) {
        out.append("    {\n");
        out.append("      \"name\": ").append(quote(service.name())).append(",\n");
        out.append("      \"interface\": ").append(quote(service.iface().canonicalName())).append(",\n");
        routes(out, service.routes());
        out.append("    }");
    }

    /** A typed client: the service it calls and the routes of its interface (the calls it can make). */
    private static void client(StringBuilder out, ApplicationModel.ClientBinding client) {
        out.append("    {\n");
        out.append("      \"service\": ").append(quote(client.serviceName())).append(",\n");
        out.append("      \"interface\": ").append(quote(client.iface().canonicalName())).append(",\n");
        routes(out, client.routes());
        out.append("    }");
    }

    private static void routes(StringBuilder out, List<RouteModel> routes) {
        out.append("      \"routes\": [");
        for (int i = 0; i < routes.size(); i++) {
            RouteModel route = routes.get(i);
            out.append(i == 0 ? "\n" : ",\n")
                    .append("        { \"method\": ").append(quote(route.method().name()))
                    .append(", \"path\": ").append(quote(route.path())).append(" }");
        }
        out.append(routes.isEmpty() ? "]\n" : "\n      ]\n");
    }

    /** {@code [ "a", "b" ]}, or {@code []}. */
    private static void strings(StringBuilder out, List<String> values) {
        out.append(values.isEmpty() ? "[]" : "[ " + String.join(", ", values.stream()
                .map(RegistryResourceTemplate::quote).toList()) + " ]");
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped (RFC 8259). */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
