package dev.kiln.runtime.testapp;

import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.Param;
import dev.kiln.runtime.http.Params;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.http.KilnRoutes;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Test-only router: every converter through every source, and the parameter shapes (Optional, default,
 * repeated, boxed) in the form generated routers bind them. Answers with what it bound, as text.
 */
public final class ConvertRouter implements KilnRouter {
    public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("convert", "test.Convert",
            List.of(new RouteDescriptor("GET", "/convert/query/{kind}"),
                    new RouteDescriptor("GET", "/convert/header/{kind}"),
                    new RouteDescriptor("GET", "/convert/path/{kind}/{v}"),
                    new RouteDescriptor("GET", "/shapes")));
    private static final Param PATH_KIND = Param.path("kind");
    private static final Param PATH_V = Param.path("v");
    private static final Param QUERY_V = Param.query("v");
    private static final Param HEADER_V = Param.header("X-V");
    private static final Param QUERY_MAYBE = Param.query("maybe");
    private static final Param QUERY_PAGE = Param.query("page");
    private static final Param QUERY_TAG = Param.query("tag");
    private static final Param QUERY_ID = Param.query("id");
    private static final Param QUERY_BOXED = Param.query("boxed");
    private static final Param HEADER_X_TRACE = Param.header("X-Trace");
    private static final Param HEADER_X_TAG = Param.header("X-Tag");

    @Override
    public ServiceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void routing(KilnRoutes routes) {
        routes.add("GET", "/convert/query/{kind}", (req, res) -> convert(req, res, Params.query(req, QUERY_V), QUERY_V));
        routes.add("GET", "/convert/header/{kind}", (req, res) -> convert(req, res, Params.header(req, HEADER_V), HEADER_V));
        routes.add("GET", "/convert/path/{kind}/{v}", (req, res) -> convert(req, res, Params.path(req, PATH_V), PATH_V));
        routes.add("GET", "/shapes", this::shapes);
    }

    private void convert(ServerRequest req, ServerResponse res, String raw, Param p) {
        String kind = Params.path(req, PATH_KIND);
        Object value = switch (kind) {
            case "int" -> Params.toInt(raw, p);
            case "long" -> Params.toLong(raw, p);
            case "short" -> Params.toShort(raw, p);
            case "byte" -> Params.toByte(raw, p);
            case "double" -> Params.toDouble(raw, p);
            case "float" -> Params.toFloat(raw, p);
            case "boolean" -> Params.toBoolean(raw, p);
            case "char" -> Params.toChar(raw, p);
            case "string" -> Params.toStringValue(raw, p);
            case "uuid" -> Params.toUuid(raw, p);
            case "bigdecimal" -> Params.toBigDecimal(raw, p);
            case "biginteger" -> Params.toBigInteger(raw, p);
            case "localdate" -> Params.toLocalDate(raw, p);
            case "localdatetime" -> Params.toLocalDateTime(raw, p);
            case "offsetdatetime" -> Params.toOffsetDateTime(raw, p);
            case "instant" -> Params.toInstant(raw, p);
            case "duration" -> Params.toDuration(raw, p);
            case "enum" -> Params.toEnum(raw, p, Color::valueOf, "RED, GREEN, BLUE");
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
        Responses.text(res, 200, kind + ":" + value);
    }

    private void shapes(ServerRequest req, ServerResponse res) {
        String maybeRaw = Params.query(req, QUERY_MAYBE);
        Optional<Integer> maybe = maybeRaw == null ? Optional.empty() : Optional.of(Params.toInt(maybeRaw, QUERY_MAYBE));
        String pageRaw = Params.query(req, QUERY_PAGE);
        int page = Params.toInt(pageRaw == null ? "7" : pageRaw, QUERY_PAGE);
        List<String> tags = Params.toList(Params.queryAll(req, QUERY_TAG), QUERY_TAG, Params::toStringValue);
        Set<Long> ids = Params.toSet(Params.queryAll(req, QUERY_ID), QUERY_ID, Params::toLong);
        String boxedRaw = Params.query(req, QUERY_BOXED);
        Integer boxed = boxedRaw == null ? null : Params.toInt(boxedRaw, QUERY_BOXED);
        String traceRaw = Params.header(req, HEADER_X_TRACE);
        Optional<String> trace = traceRaw == null ? Optional.empty() : Optional.of(traceRaw);
        List<String> headerTags = Params.toList(Params.headerAll(req, HEADER_X_TAG), HEADER_X_TAG, Params::toStringValue);
        Responses.text(res, 200, "maybe=" + maybe + " page=" + page + " tags=" + tags + " ids=" + ids
                + " boxed=" + boxed + " trace=" + trace + " headerTags=" + headerTags);
    }
}
