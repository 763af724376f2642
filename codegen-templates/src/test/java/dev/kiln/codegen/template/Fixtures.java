package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.kiln.codegen.model.ApplicationModel;
import dev.kiln.codegen.model.EnumModel;
import dev.kiln.codegen.model.HttpMethod;
import dev.kiln.codegen.model.ParamKind;
import dev.kiln.codegen.model.ParamModel;
import dev.kiln.codegen.model.RecordModel;
import dev.kiln.codegen.model.RouteModel;
import dev.kiln.codegen.model.ScalarKind;
import dev.kiln.codegen.model.ServiceModel;
import dev.kiln.codegen.model.ValueType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Hand-built models, shaped like what the processor's readers produce for the shop sample and a
 * test service that reaches every parameter kind and type family. {@link #sources()} holds the user
 * code those models describe, so the rendered files can be compiled against it.
 */
final class Fixtures {
    private Fixtures() {}

    static final String PKG = "com.example";
    static final ClassName ORDER_API = ClassName.get(PKG, "OrderApi");
    static final ClassName ORDER = ClassName.get(PKG, "Order");
    static final ClassName NEW_ORDER = ClassName.get(PKG, "NewOrder");
    static final ClassName LINE = ClassName.get(PKG, "NewOrder", "Line");
    static final ClassName COLOR = ClassName.get(PKG, "Color");
    static final ClassName EVERYTHING = ClassName.get(PKG, "Everything");
    static final ClassName KITCHEN = ClassName.get(PKG, "KitchenApi");
    static final ClassName CATALOG_API = ClassName.get(PKG, "CatalogApi");
    static final ClassName SHOP_APP = ClassName.get(PKG, "ShopApp");

    // ---- types

    static ValueType.Scalar scalar(ScalarKind kind, TypeName type) {
        return ValueType.Scalar.of(kind, type);
    }

    static final ValueType.Scalar LONG = scalar(ScalarKind.LONG, TypeName.LONG);
    static final ValueType.Scalar INT = scalar(ScalarKind.INT, TypeName.INT);
    static final ValueType.Scalar BOXED_INT = scalar(ScalarKind.INT, ClassName.get(Integer.class));
    static final ValueType.Scalar STRING = scalar(ScalarKind.STRING, ClassName.get(String.class));
    static final ValueType.Scalar COLOR_TYPE = ValueType.Scalar.ofEnum(COLOR);

    /** Every scalar kind, primitive where Java has one. */
    static List<ValueType.Scalar> allScalars() {
        return List.of(
                scalar(ScalarKind.BOOLEAN, TypeName.BOOLEAN),
                scalar(ScalarKind.BYTE, TypeName.BYTE),
                scalar(ScalarKind.SHORT, TypeName.SHORT),
                INT,
                LONG,
                scalar(ScalarKind.FLOAT, TypeName.FLOAT),
                scalar(ScalarKind.DOUBLE, TypeName.DOUBLE),
                scalar(ScalarKind.CHAR, TypeName.CHAR),
                STRING,
                COLOR_TYPE,
                scalar(ScalarKind.UUID, ClassName.get(UUID.class)),
                scalar(ScalarKind.BIG_DECIMAL, ClassName.get(BigDecimal.class)),
                scalar(ScalarKind.BIG_INTEGER, ClassName.get(BigInteger.class)),
                scalar(ScalarKind.LOCAL_DATE, ClassName.get(LocalDate.class)),
                scalar(ScalarKind.LOCAL_DATE_TIME, ClassName.get(LocalDateTime.class)),
                scalar(ScalarKind.OFFSET_DATE_TIME, ClassName.get(OffsetDateTime.class)),
                scalar(ScalarKind.INSTANT, ClassName.get(Instant.class)),
                scalar(ScalarKind.DURATION, ClassName.get(Duration.class)));
    }

    /** The boxed forms of the primitive kinds. */
    static List<ValueType.Scalar> boxedScalars() {
        return allScalars().stream()
                .filter(ValueType.Scalar::primitive)
                .map(s -> scalar(s.kind(), s.typeName().box()))
                .toList();
    }

    // ---- params

    static ParamModel path(String name, ValueType type) {
        return new ParamModel(name, ParamKind.PATH, name, type, Optional.empty());
    }

    static ParamModel query(String name, ValueType type) {
        return new ParamModel(name, ParamKind.QUERY, name, type, Optional.empty());
    }

    static ParamModel query(String name, String wire, ValueType type, String defaultValue) {
        return new ParamModel(name, ParamKind.QUERY, wire, type, Optional.ofNullable(defaultValue));
    }

    static ParamModel header(String name, String header, ValueType type, String defaultValue) {
        return new ParamModel(name, ParamKind.HEADER, header, type, Optional.ofNullable(defaultValue));
    }

    static ParamModel body(String name, ValueType type) {
        return new ParamModel(name, ParamKind.BODY, name, type, Optional.empty());
    }

    // ---- the order service of docs/ARCHITECTURE.md

    static ServiceModel orderApi() {
        return new ServiceModel(ORDER_API, "orders", "/orders", List.of(
                new RouteModel("get", HttpMethod.GET, "/orders/{id}", 200,
                        List.of(path("id", LONG)), new ValueType.OptionalOf(new ValueType.RecordRef(ORDER))),
                new RouteModel("list", HttpMethod.GET, "/orders", 200,
                        List.of(query("customer", new ValueType.OptionalOf(STRING)),
                                query("limit", "limit", INT, "20")),
                        new ValueType.ListOf(new ValueType.RecordRef(ORDER))),
                new RouteModel("create", HttpMethod.POST, "/orders", 201,
                        List.of(body("order", new ValueType.RecordRef(NEW_ORDER))), new ValueType.RecordRef(ORDER)),
                new RouteModel("cancel", HttpMethod.DELETE, "/orders/{id}", 204,
                        List.of(path("id", LONG), header("reason", "X-Reason", new ValueType.OptionalOf(STRING), null)),
                        new ValueType.Void())));
    }

    static final String ORDER_SOURCES = """
            package com.example;
            import java.util.*;
            public interface OrderApi {
                Optional<Order> get(long id);
                List<Order> list(Optional<String> customer, int limit);
                Order create(NewOrder order);
                void cancel(long id, Optional<String> reason);
            }
            """;

    // ---- a service reaching every parameter kind and type family, with clashing names

    static ServiceModel kitchenApi() {
        List<RouteModel> routes = new ArrayList<>();
        List<ParamModel> pathParams = new ArrayList<>();
        StringBuilder template = new StringBuilder("/kitchen/path");
        for (ValueType.Scalar s : allScalars()) {
            String name = "p" + s.kind().name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
            pathParams.add(path(name, s));
            template.append("/{").append(name).append('}');
        }
        routes.add(new RouteModel("paths", HttpMethod.GET, template.toString(), 200, pathParams, new ValueType.Void()));

        List<ParamModel> queries = new ArrayList<>();
        List<ParamModel> headers = new ArrayList<>();
        for (ValueType.Scalar s : allScalars()) {
            String name = "q" + s.kind().name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
            queries.add(query(name, s));
            headers.add(header("h" + name.substring(1), "X-" + name.substring(1), s, null));
        }
        for (ValueType.Scalar s : boxedScalars()) {
            queries.add(query("boxed" + s.kind().name().toLowerCase(java.util.Locale.ROOT), s));
        }
        routes.add(new RouteModel("queries", HttpMethod.GET, "/kitchen/queries", 200, queries, new ValueType.Void()));
        routes.add(new RouteModel("headers", HttpMethod.GET, "/kitchen/headers", 200, headers, new ValueType.Void()));

        routes.add(new RouteModel("shapes", HttpMethod.GET, "/kitchen/shapes", 200, List.of(
                query("maybe", new ValueType.OptionalOf(BOXED_INT)),
                query("page", "page", INT, "7"),
                query("tint", "tint", COLOR_TYPE, "GREEN"),
                query("tags", "tag", new ValueType.ListOf(STRING), null),
                query("ids", "id", new ValueType.SetOf(scalar(ScalarKind.LONG, ClassName.get(Long.class))), null),
                query("colors", "color", new ValueType.ListOf(COLOR_TYPE), null),
                query("sizes", "size", new ValueType.ListOf(BOXED_INT), "1"),
                query("since", new ValueType.OptionalOf(scalar(ScalarKind.LOCAL_DATE, ClassName.get(LocalDate.class)))),
                query("maybeColor", new ValueType.OptionalOf(COLOR_TYPE)),
                query("maybeChar", new ValueType.OptionalOf(scalar(ScalarKind.CHAR, ClassName.get(Character.class)))),
                header("trace", "X-Trace", new ValueType.OptionalOf(scalar(ScalarKind.UUID, ClassName.get(UUID.class))), null),
                header("flags", "X-Flag", new ValueType.ListOf(scalar(ScalarKind.BOOLEAN, ClassName.get(Boolean.class))), null),
                header("modes", "X-Mode", new ValueType.SetOf(COLOR_TYPE), null),
                header("mode", "X-Mode-One", STRING, "fast")),
                new ValueType.RecordRef(EVERYTHING)));

        // user parameter names that clash with generated ones
        routes.add(new RouteModel("clash", HttpMethod.PUT, "/kitchen/clash/{req}", 200, List.of(
                path("req", STRING),
                query("res", BOXED_INT),
                query("service", "service", LONG, "5"),
                query("result", "result", new ValueType.OptionalOf(STRING), null),
                query("call", new ValueType.ListOf(STRING)),
                header("http", "X-Http", STRING, null),
                query("resultRaw", STRING),
                query("PATH_REQ", "path-req", STRING, null),
                query("DESCRIPTOR", "descriptor", STRING, null),
                body("serviceRaw", new ValueType.RecordRef(EVERYTHING))),
                new ValueType.ListOf(new ValueType.RecordRef(EVERYTHING))));
        // overloads and members of the router share no names
        routes.add(new RouteModel("routing", HttpMethod.GET, "/kitchen/routing", 200, List.of(), STRING));
        routes.add(new RouteModel("descriptor", HttpMethod.GET, "/kitchen/descriptor", 200, List.of(), STRING));

        // bodies and results of every family
        routes.add(new RouteModel("text", HttpMethod.POST, "/kitchen/text", 200,
                List.of(body("note", STRING)), STRING));
        routes.add(new RouteModel("bytes", HttpMethod.PUT, "/kitchen/bytes/{id}", 200,
                List.of(path("id", STRING), body("content", new ValueType.Bytes())), new ValueType.Bytes()));
        routes.add(new RouteModel("scores", HttpMethod.PATCH, "/kitchen/scores", 200,
                List.of(body("scores", new ValueType.ArrayOf(INT))), new ValueType.ArrayOf(INT)));
        routes.add(new RouteModel("batch", HttpMethod.POST, "/kitchen/batch", 201,
                List.of(body("batch", new ValueType.ListOf(new ValueType.RecordRef(EVERYTHING)))),
                new ValueType.ArrayOf(new ValueType.RecordRef(EVERYTHING))));
        routes.add(new RouteModel("byTag", HttpMethod.GET, "/kitchen/by-tag", 200, List.of(),
                new ValueType.MapOf(new ValueType.ListOf(new ValueType.RecordRef(EVERYTHING)))));
        routes.add(new RouteModel("echoMap", HttpMethod.POST, "/kitchen/echo-map", 200,
                List.of(body("counts", new ValueType.MapOf(BOXED_INT))), new ValueType.MapOf(BOXED_INT)));
        routes.add(new RouteModel("count", HttpMethod.POST, "/kitchen/count", 200,
                List.of(body("n", INT)), LONG));
        routes.add(new RouteModel("color", HttpMethod.POST, "/kitchen/color", 202,
                List.of(body("color", COLOR_TYPE)), COLOR_TYPE));
        routes.add(new RouteModel("tags", HttpMethod.PUT, "/kitchen/{id}/tags", 200,
                List.of(path("id", COLOR_TYPE), body("tags", new ValueType.SetOf(STRING))),
                new ValueType.SetOf(STRING)));
        routes.add(new RouteModel("find", HttpMethod.GET, "/kitchen/find/{id}", 200,
                List.of(path("id", BOXED_INT)), new ValueType.OptionalOf(new ValueType.RecordRef(EVERYTHING))));
        routes.add(new RouteModel("findName", HttpMethod.GET, "/kitchen/find-name/{id}", 200,
                List.of(path("id", LONG)), new ValueType.OptionalOf(STRING)));
        routes.add(new RouteModel("maybeBody", HttpMethod.POST, "/kitchen/maybe", 200,
                List.of(body("maybe", new ValueType.OptionalOf(new ValueType.RecordRef(EVERYTHING)))),
                new ValueType.OptionalOf(new ValueType.ListOf(COLOR_TYPE))));
        return new ServiceModel(KITCHEN, "kitchen", "/kitchen", routes);
    }

    /** The interface {@link #kitchenApi()} describes. */
    static String kitchenSource() {
        StringBuilder src = new StringBuilder("""
                package com.example;
                import java.math.*;
                import java.time.*;
                import java.util.*;
                public interface KitchenApi {
                """);
        src.append("    void paths(").append(params(kitchenApi().routes().get(0))).append(");\n");
        src.append("    void queries(").append(params(kitchenApi().routes().get(1))).append(");\n");
        src.append("    void headers(").append(params(kitchenApi().routes().get(2))).append(");\n");
        src.append("""
                    Everything shapes(Optional<Integer> maybe, int page, Color tint, List<String> tags, Set<Long> ids,
                                      List<Color> colors, List<Integer> sizes, Optional<LocalDate> since,
                                      Optional<Color> maybeColor, Optional<Character> maybeChar, Optional<UUID> trace,
                                      List<Boolean> flags, Set<Color> modes, String mode);
                    List<Everything> clash(String req, Integer res, long service, Optional<String> result,
                                           List<String> call, String http, String resultRaw, String PATH_REQ,
                                           String DESCRIPTOR, Everything serviceRaw);
                    String routing();
                    String descriptor();
                    String text(String note);
                    byte[] bytes(String id, byte[] content);
                    int[] scores(int[] scores);
                    Everything[] batch(List<Everything> batch);
                    Map<String, List<Everything>> byTag();
                    Map<String, Integer> echoMap(Map<String, Integer> counts);
                    long count(int n);
                    Color color(Color color);
                    Set<String> tags(Color id, Set<String> tags);
                    Optional<Everything> find(Integer id);
                    Optional<String> findName(long id);
                    Optional<List<Color>> maybeBody(Optional<Everything> maybe);
                }
                """);
        return src.toString();
    }

    private static String params(RouteModel route) {
        return String.join(", ", route.params().stream()
                .map(p -> p.type().typeName().toString().replace("java.lang.", "").replace("java.util.", "")
                        .replace("java.math.", "").replace("java.time.", "") + " " + p.javaName())
                .toList());
    }

    // ---- records and enums

    static EnumModel color() {
        return new EnumModel(COLOR, List.of("RED", "GREEN", "BLUE"));
    }

    static final String COLOR_SOURCE = """
            package com.example;
            public enum Color { RED, GREEN, BLUE }
            """;

    /** A record with a component of every kind. */
    static RecordModel everything() {
        List<RecordModel.Component> components = new ArrayList<>();
        for (ValueType.Scalar s : allScalars()) {
            components.add(new RecordModel.Component(
                    s.kind().name().toLowerCase(java.util.Locale.ROOT).replace("_", "") + "Value", s));
        }
        for (ValueType.Scalar s : boxedScalars()) {
            components.add(new RecordModel.Component("boxed" + s.kind().name().toLowerCase(java.util.Locale.ROOT), s));
        }
        components.add(new RecordModel.Component("line", new ValueType.RecordRef(LINE)));
        components.add(new RecordModel.Component("lines", new ValueType.ListOf(new ValueType.RecordRef(LINE))));
        components.add(new RecordModel.Component("tags", new ValueType.SetOf(STRING)));
        components.add(new RecordModel.Component("counts", new ValueType.MapOf(BOXED_INT)));
        components.add(new RecordModel.Component("byName",
                new ValueType.MapOf(new ValueType.ListOf(new ValueType.RecordRef(LINE)))));
        components.add(new RecordModel.Component("note", new ValueType.OptionalOf(STRING)));
        components.add(new RecordModel.Component("reviewer", new ValueType.OptionalOf(new ValueType.RecordRef(LINE))));
        components.add(new RecordModel.Component("maybeCount", new ValueType.OptionalOf(BOXED_INT)));
        components.add(new RecordModel.Component("maybeTags", new ValueType.OptionalOf(new ValueType.ListOf(STRING))));
        components.add(new RecordModel.Component("checksums", new ValueType.ArrayOf(LONG)));
        components.add(new RecordModel.Component("history", new ValueType.ArrayOf(new ValueType.RecordRef(LINE))));
        components.add(new RecordModel.Component("names", new ValueType.ArrayOf(STRING)));
        components.add(new RecordModel.Component("thumbnail", new ValueType.Bytes()));
        components.add(new RecordModel.Component("colors", new ValueType.ListOf(COLOR_TYPE)));
        components.add(new RecordModel.Component("colorLists", new ValueType.ListOf(new ValueType.ListOf(COLOR_TYPE))));
        // names that clash with the codec's own
        components.add(new RecordModel.Component("p", STRING));
        components.add(new RecordModel.Component("g", INT));
        components.add(new RecordModel.Component("value", STRING));
        components.add(new RecordModel.Component("property", LONG));
        components.add(new RecordModel.Component("instance", STRING));
        components.add(new RecordModel.Component("pSeen", BOXED_INT));
        return new RecordModel(EVERYTHING, components);
    }

    static String everythingSource() {
        return "package com.example;\nimport java.math.*;\nimport java.time.*;\nimport java.util.*;\n"
                + "public record Everything(" + String.join(", ", everything().components().stream()
                        .map(c -> c.type().typeName().toString() + " " + c.name()).toList())
                + ") {}\n";
    }

    /** The nested record {@code NewOrder.Line} and its holder. */
    static RecordModel line() {
        return new RecordModel(LINE, List.of(
                new RecordModel.Component("sku", STRING),
                new RecordModel.Component("quantity", INT)));
    }

    static RecordModel newOrder() {
        return new RecordModel(NEW_ORDER, List.of(
                new RecordModel.Component("customer", STRING),
                new RecordModel.Component("lines", new ValueType.ListOf(new ValueType.RecordRef(LINE)))));
    }

    static RecordModel order() {
        return new RecordModel(ORDER, List.of(
                new RecordModel.Component("id", LONG),
                new RecordModel.Component("customer", STRING),
                new RecordModel.Component("note", new ValueType.OptionalOf(STRING)),
                new RecordModel.Component("lines", new ValueType.ListOf(new ValueType.RecordRef(LINE)))));
    }

    static final String ORDER_RECORDS = """
            package com.example;
            import java.util.*;
            public record Order(long id, String customer, Optional<String> note, List<NewOrder.Line> lines) {}
            """;

    static final String NEW_ORDER_RECORD = """
            package com.example;
            import java.util.*;
            public record NewOrder(String customer, List<Line> lines) {
                public record Line(String sku, int quantity) {}
            }
            """;

    // ---- an application: served services, a client, lifecycle and a user module

    static ApplicationModel shopApp() {
        return new ApplicationModel(
                SHOP_APP,
                List.of(new ApplicationModel.ServedService(kitchenApi(), ClassName.get(PKG, "KitchenService")),
                        new ApplicationModel.ServedService(orderApi(), ClassName.get(PKG, "OrderService"))),
                List.of(new ApplicationModel.ClientBinding(CATALOG_API, "catalog")),
                List.of(ClassName.get(PKG, "OrderStore"), ClassName.get(PKG, "OrderService")),
                List.of(ClassName.get(PKG, "ClockModule")));
    }

    static ServiceModel catalogApi() {
        return new ServiceModel(CATALOG_API, "catalog", "/products", List.of(
                new RouteModel("product", HttpMethod.GET, "/products/{sku}", 200,
                        List.of(path("sku", STRING)), new ValueType.OptionalOf(STRING))));
    }

    static final String CATALOG_SOURCE = """
            package com.example;
            import java.util.*;
            public interface CatalogApi {
                Optional<String> product(String sku);
            }
            """;
}
