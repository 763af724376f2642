package dev.kiln.runtime.registry;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A {@link ServiceInstance} as JSON, the one shape shared by {@code GET /kiln/registry} and the registry
 * modules that store instances as text (the Redis registry):
 * {@code {"id":…,"application":…,"service":…,"uri":…,"status":"UP","startedAt":…,"lastHeartbeat":…,
 * "kilnVersion":…,"routesHash":…}}, instants in ISO-8601. Unknown properties are skipped, so that a newer
 * Kiln can add some.
 *
 * <pre>{@code
 * byte[] json = Json.encode(ServiceInstanceJsonCodec.INSTANCE, instance);
 * ServiceInstance back = Json.decode(ServiceInstanceJsonCodec.INSTANCE, json);
 * }</pre>
 */
public final class ServiceInstanceJsonCodec implements JsonCodec<ServiceInstance> {
    public static final ServiceInstanceJsonCodec INSTANCE = new ServiceInstanceJsonCodec();

    private ServiceInstanceJsonCodec() {}

    @Override
    public void write(JsonGenerator g, ServiceInstance value) {
        g.writeStartObject();
        g.writeStringProperty("id", value.id());
        g.writeStringProperty("application", value.application());
        g.writeStringProperty("service", value.serviceName());
        g.writeStringProperty("uri", value.uri().toString());
        g.writeStringProperty("status", value.status().name());
        g.writeName("startedAt");
        Json.writeInstant(g, value.startedAt());
        g.writeName("lastHeartbeat");
        Json.writeInstant(g, value.lastHeartbeat());
        g.writeStringProperty("kilnVersion", value.kilnVersion());
        g.writeStringProperty("routesHash", value.routesHash());
        g.writeEndObject();
    }

    @Override
    public ServiceInstance read(JsonParser p) {
        Json.expectObject(p);
        String id = null;
        String application = null;
        String service = null;
        String uri = null;
        String status = null;
        Instant startedAt = null;
        Instant lastHeartbeat = null;
        String kilnVersion = null;
        String routesHash = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "id" -> id = Json.readString(p);
                case "application" -> application = Json.readString(p);
                case "service" -> service = Json.readString(p);
                case "uri" -> uri = Json.readString(p);
                case "status" -> status = Json.readString(p);
                case "startedAt" -> startedAt = Json.readInstant(p);
                case "lastHeartbeat" -> lastHeartbeat = Json.readInstant(p);
                case "kilnVersion" -> kilnVersion = Json.readString(p);
                case "routesHash" -> routesHash = Json.readString(p);
                default -> p.skipChildren();
            }
        }
        if (id == null) throw Json.missing(p, "id");
        if (application == null) throw Json.missing(p, "application");
        if (service == null) throw Json.missing(p, "service");
        if (uri == null) throw Json.missing(p, "uri");
        if (startedAt == null) throw Json.missing(p, "startedAt");
        InstanceStatus parsedStatus;
        if ("UP".equals(status)) {
            parsedStatus = InstanceStatus.UP;
        } else if ("DOWN".equals(status)) {
            parsedStatus = InstanceStatus.DOWN;
        } else {
            throw status == null ? Json.missing(p, "status") : Json.badEnum(p, "UP, DOWN");
        }
        URI parsedUri;
        try {
            parsedUri = new URI(uri);
        } catch (URISyntaxException e) {
            throw Json.mismatch(p, "a URI");
        }
        return new ServiceInstance(id, application, service, parsedUri, parsedStatus, startedAt,
                kilnVersion == null ? "unknown" : kilnVersion, routesHash == null ? "" : routesHash,
                lastHeartbeat == null ? startedAt : lastHeartbeat);
    }
}
