package dev.kiln.codegen.template;

import static dev.kiln.codegen.template.SourceAssert.assertHasLines;
import static dev.kiln.codegen.template.SourceAssert.assertLinesInOrder;
import static dev.kiln.codegen.template.SourceAssert.assertNoLineContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.kiln.codegen.model.HttpMethod;
import dev.kiln.codegen.model.RouteModel;
import dev.kiln.codegen.model.ServiceModel;
import dev.kiln.codegen.model.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouterTemplateTest {
    private final String orders = RouterTemplate.render(Fixtures.orderApi()).toString();
    private final String kitchen = RouterTemplate.render(Fixtures.kitchenApi()).toString();

    @Test
    void isAKilnRouterNextToTheInterface() {
        JavaFile file = RouterTemplate.render(Fixtures.orderApi());
        assertEquals("com.example", file.packageName());
        assertEquals("OrderApiRouter", file.typeSpec().name());
        assertLinesInOrder(orders,
                "import javax.annotation.processing.Generated;",
                "@Generated(\"dev.kiln.processor.KilnProcessor\")",
                "public final class OrderApiRouter implements KilnRouter {");
    }

    @Test
    void describesTheServiceAndItsRoutes() {
        assertLinesInOrder(orders,
                "public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor(\"orders\", \"com.example.OrderApi\", List.of(",
                "new RouteDescriptor(\"GET\", \"/orders/{id}\"),",
                "new RouteDescriptor(\"GET\", \"/orders\"),",
                "new RouteDescriptor(\"POST\", \"/orders\"),",
                "new RouteDescriptor(\"DELETE\", \"/orders/{id}\")));",
                "public ServiceDescriptor descriptor() {",
                "return DESCRIPTOR;");
    }

    @Test
    void holdsTheServiceAndRegistersOneHandlerPerRoute() {
        assertHasLines(orders,
                "private final OrderApi service;",
                "public OrderApiRouter(OrderApi service) {",
                "this.service = Objects.requireNonNull(service, \"service\");");
        assertLinesInOrder(orders,
                "public void routing(KilnRoutes routes) {",
                // literal segments before variables, so that Helidon's first match is the most specific one
                "routes.add(\"GET\", \"/orders\", this::list);",
                "routes.add(\"POST\", \"/orders\", this::create);",
                "routes.add(\"GET\", \"/orders/{id}\", this::get);",
                "routes.add(\"DELETE\", \"/orders/{id}\", this::cancel);");
        assertHasLines(kitchen,
                "routes.add(\"PATCH\", \"/kitchen/scores\", this::scores);",
                "routes.add(\"PUT\", \"/kitchen/{id}/tags\", this::tags);");
    }

    @Test
    void theArchitectureExampleRoutes() {
        assertLinesInOrder(orders,
                "private static final Param PATH_ID = Param.path(\"id\");",
                "private static final Param QUERY_CUSTOMER = Param.query(\"customer\");",
                "private static final Param QUERY_LIMIT = Param.query(\"limit\");",
                "private static final JsonCodec<List<Order>> LIST_OF_ORDER = JsonCodecs.list(OrderJsonCodec.INSTANCE);",
                "private static final Param HEADER_X_REASON = Param.header(\"X-Reason\");");
        assertLinesInOrder(orders,
                "private void get(ServerRequest req, ServerResponse res) {",
                "long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);",
                "Optional<Order> result = service.get(id);",
                "Responses.optionalJson(res, 200, OrderJsonCodec.INSTANCE, result);",
                "private void list(ServerRequest req, ServerResponse res) {",
                "String customerRaw = Params.query(req, QUERY_CUSTOMER);",
                "Optional<String> customer = customerRaw == null ? Optional.empty() : Optional.of(customerRaw);",
                "String limitRaw = Params.query(req, QUERY_LIMIT);",
                "int limit = Params.toInt(limitRaw == null ? \"20\" : limitRaw, QUERY_LIMIT);",
                "List<Order> result = service.list(customer, limit);",
                "Responses.json(res, 200, LIST_OF_ORDER, result);",
                "private void create(ServerRequest req, ServerResponse res) {",
                "NewOrder order = Bodies.json(req, NewOrderJsonCodec.INSTANCE);",
                "Order result = service.create(order);",
                "Responses.json(res, 201, OrderJsonCodec.INSTANCE, result);",
                "private void cancel(ServerRequest req, ServerResponse res) {",
                "long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);",
                "String reasonRaw = Params.header(req, HEADER_X_REASON);",
                "Optional<String> reason = reasonRaw == null ? Optional.empty() : Optional.of(reasonRaw);",
                "service.cancel(id, reason);",
                "Responses.noContent(res);");
    }

    @Test
    void pathParametersOfEveryScalarKind() {
        assertHasLines(kitchen,
                "boolean pboolean = Params.toBoolean(Params.path(req, PATH_PBOOLEAN), PATH_PBOOLEAN);",
                "byte pbyte = Params.toByte(Params.path(req, PATH_PBYTE), PATH_PBYTE);",
                "short pshort = Params.toShort(Params.path(req, PATH_PSHORT), PATH_PSHORT);",
                "int pint = Params.toInt(Params.path(req, PATH_PINT), PATH_PINT);",
                "float pfloat = Params.toFloat(Params.path(req, PATH_PFLOAT), PATH_PFLOAT);",
                "double pdouble = Params.toDouble(Params.path(req, PATH_PDOUBLE), PATH_PDOUBLE);",
                "char pchar = Params.toChar(Params.path(req, PATH_PCHAR), PATH_PCHAR);",
                "String pstring = Params.path(req, PATH_PSTRING);",
                "Color penum = Params.toEnum(Params.path(req, PATH_PENUM), PATH_PENUM, Color::valueOf, ColorJsonCodec.NAMES);",
                "UUID puuid = Params.toUuid(Params.path(req, PATH_PUUID), PATH_PUUID);",
                "BigDecimal pbigdecimal = Params.toBigDecimal(Params.path(req, PATH_PBIGDECIMAL), PATH_PBIGDECIMAL);",
                "BigInteger pbiginteger = Params.toBigInteger(Params.path(req, PATH_PBIGINTEGER), PATH_PBIGINTEGER);",
                "LocalDate plocaldate = Params.toLocalDate(Params.path(req, PATH_PLOCALDATE), PATH_PLOCALDATE);",
                "LocalDateTime plocaldatetime = Params.toLocalDateTime(Params.path(req, PATH_PLOCALDATETIME), PATH_PLOCALDATETIME);",
                "OffsetDateTime poffsetdatetime = Params.toOffsetDateTime(Params.path(req, PATH_POFFSETDATETIME), PATH_POFFSETDATETIME);",
                "Instant pinstant = Params.toInstant(Params.path(req, PATH_PINSTANT), PATH_PINSTANT);",
                "Duration pduration = Params.toDuration(Params.path(req, PATH_PDURATION), PATH_PDURATION);",
                "Integer id = Params.toInt(Params.path(req, PATH_ID), PATH_ID);",
                "Color id = Params.toEnum(Params.path(req, PATH_ID), PATH_ID, Color::valueOf, ColorJsonCodec.NAMES);");
    }

    @Test
    void requiredQueryParametersAndHeadersPrimitiveAndBoxed() {
        assertHasLines(kitchen,
                "private static final Param QUERY_QINT = Param.query(\"qint\");",
                "int qint = Params.toInt(Params.required(Params.query(req, QUERY_QINT), QUERY_QINT), QUERY_QINT);",
                "char qchar = Params.toChar(Params.required(Params.query(req, QUERY_QCHAR), QUERY_QCHAR), QUERY_QCHAR);",
                "String qstring = Params.required(Params.query(req, QUERY_QSTRING), QUERY_QSTRING);",
                "Color qenum = Params.toEnum(Params.required(Params.query(req, QUERY_QENUM), QUERY_QENUM), QUERY_QENUM, Color::valueOf, ColorJsonCodec.NAMES);",
                "Integer boxedint = Params.toInt(Params.required(Params.query(req, QUERY_BOXEDINT), QUERY_BOXEDINT), QUERY_BOXEDINT);",
                "Character boxedchar = Params.toChar(Params.required(Params.query(req, QUERY_BOXEDCHAR), QUERY_BOXEDCHAR), QUERY_BOXEDCHAR);",
                "Boolean boxedboolean = Params.toBoolean(Params.required(Params.query(req, QUERY_BOXEDBOOLEAN), QUERY_BOXEDBOOLEAN), QUERY_BOXEDBOOLEAN);",
                "private static final Param HEADER_X_LONG = Param.header(\"X-long\");",
                "long hlong = Params.toLong(Params.required(Params.header(req, HEADER_X_LONG), HEADER_X_LONG), HEADER_X_LONG);",
                "Duration hduration = Params.toDuration(Params.required(Params.header(req, HEADER_X_DURATION), HEADER_X_DURATION), HEADER_X_DURATION);");
    }

    @Test
    void optionalDefaultedAndRepeatedParameters() {
        assertHasLines(kitchen,
                // Optional of a boxed number, of a date, of an enum, of a char
                "Optional<Integer> maybe = maybeRaw == null ? Optional.empty() : Optional.of(Params.toInt(maybeRaw, QUERY_MAYBE));",
                "Optional<LocalDate> since = sinceRaw == null ? Optional.empty() : Optional.of(Params.toLocalDate(sinceRaw, QUERY_SINCE));",
                "Optional<Color> maybeColor = maybeColorRaw == null ? Optional.empty() : Optional.of(Params.toEnum(maybeColorRaw, QUERY_MAYBE_COLOR, Color::valueOf, ColorJsonCodec.NAMES));",
                "Optional<Character> maybeChar = maybeCharRaw == null ? Optional.empty() : Optional.of(Params.toChar(maybeCharRaw, QUERY_MAYBE_CHAR));",
                "Optional<UUID> trace = traceRaw == null ? Optional.empty() : Optional.of(Params.toUuid(traceRaw, HEADER_X_TRACE));",
                // @DefaultValue: primitive, enum, String header
                "int page = Params.toInt(pageRaw == null ? \"7\" : pageRaw, QUERY_PAGE);",
                "Color tint = Params.toEnum(tintRaw == null ? \"GREEN\" : tintRaw, QUERY_TINT, Color::valueOf, ColorJsonCodec.NAMES);",
                "String modeRaw = Params.header(req, HEADER_X_MODE_ONE);",
                "String mode = modeRaw == null ? \"fast\" : modeRaw;",
                // List and Set, by wire name, of String, Long, enum, Boolean header; a defaulted list
                "List<String> tags = Params.toList(Params.queryAll(req, QUERY_TAG), QUERY_TAG, Params::toStringValue);",
                "Set<Long> ids = Params.toSet(Params.queryAll(req, QUERY_ID), QUERY_ID, Params::toLong);",
                "private static final Params.Converter<Color> TO_COLOR = (raw, param) -> Params.toEnum(raw, param, Color::valueOf, ColorJsonCodec.NAMES);",
                "List<Color> colors = Params.toList(Params.queryAll(req, QUERY_COLOR), QUERY_COLOR, TO_COLOR);",
                "List<Boolean> flags = Params.toList(Params.headerAll(req, HEADER_X_FLAG), HEADER_X_FLAG, Params::toBoolean);",
                "Set<Color> modes = Params.toSet(Params.headerAll(req, HEADER_X_MODE), HEADER_X_MODE, TO_COLOR);",
                "List<String> sizesRaw = Params.queryAll(req, QUERY_SIZE);",
                "List<Integer> sizes = Params.toList(sizesRaw.isEmpty() ? List.of(\"1\") : sizesRaw, QUERY_SIZE, Params::toInt);");
        // one converter constant however often the enum is repeated
        assertEquals(1, kitchen.split("Params.Converter<Color> TO_COLOR", -1).length - 1);
    }

    @Test
    void bodiesAndResultsOfEveryFamily() {
        assertHasLines(kitchen,
                "String note = Bodies.text(req);",
                "Responses.text(res, 200, result);",
                "byte[] content = Bodies.bytes(req);",
                "Responses.bytes(res, 200, result);",
                "int[] scores = Bodies.json(req, JsonCodecs.INT_ARRAY);",
                "Responses.json(res, 200, JsonCodecs.INT_ARRAY, result);",
                "List<Everything> batch = Bodies.json(req, LIST_OF_EVERYTHING);",
                "Everything[] result = service.batch(batch);",
                "Responses.json(res, 201, ARRAY_OF_EVERYTHING, result);",
                "private static final JsonCodec<Everything[]> ARRAY_OF_EVERYTHING = JsonCodecs.array(EverythingJsonCodec.INSTANCE, Everything[]::new);",
                "private static final JsonCodec<Map<String, List<Everything>>> MAP_OF_LIST_OF_EVERYTHING = JsonCodecs.map(JsonCodecs.list(EverythingJsonCodec.INSTANCE));",
                "Map<String, Integer> counts = Bodies.json(req, MAP_OF_INT);",
                "int n = Bodies.json(req, JsonCodecs.INT);",
                "long result = service.count(n);",
                "Responses.json(res, 200, JsonCodecs.LONG, result);",
                "Color color = Bodies.json(req, ColorJsonCodec.INSTANCE);",
                "Responses.json(res, 202, ColorJsonCodec.INSTANCE, result);",
                "Set<String> tags = Bodies.json(req, SET_OF_STRING);",
                "Responses.optionalJson(res, 200, EverythingJsonCodec.INSTANCE, result);",
                "Responses.optionalJson(res, 200, JsonCodecs.STRING, result);",
                "Optional<Everything> maybe = Bodies.json(req, OPTIONAL_OF_EVERYTHING);",
                "Responses.optionalJson(res, 200, LIST_OF_COLOR, result);");
        // each container codec is declared once, however many routes use it
        assertEquals(1, kitchen.split("JsonCodec<Map<String, Integer>> MAP_OF_INT", -1).length - 1);
    }

    @Test
    void userParameterNamesThatClashWithGeneratedNames() {
        assertLinesInOrder(kitchen,
                "private void clash(ServerRequest req_, ServerResponse res_) {",
                "String req = Params.path(req_, PATH_REQ);",
                "Integer res = Params.toInt(Params.required(Params.query(req_, QUERY_RES), QUERY_RES), QUERY_RES);",
                "String serviceRaw_ = Params.query(req_, QUERY_SERVICE);",
                "long service_ = Params.toLong(serviceRaw_ == null ? \"5\" : serviceRaw_, QUERY_SERVICE);",
                "String resultRaw_ = Params.query(req_, QUERY_RESULT);",
                "Optional<String> result = resultRaw_ == null ? Optional.empty() : Optional.of(resultRaw_);",
                "List<String> call = Params.toList(Params.queryAll(req_, QUERY_CALL), QUERY_CALL, Params::toStringValue);",
                "String resultRaw = Params.required(Params.query(req_, QUERY_RESULT_RAW), QUERY_RESULT_RAW);",
                "String PATH_REQ_ = Params.required(Params.query(req_, QUERY_PATH_REQ), QUERY_PATH_REQ);",
                "String DESCRIPTOR_ = Params.required(Params.query(req_, QUERY_DESCRIPTOR), QUERY_DESCRIPTOR);",
                "Everything serviceRaw = Bodies.json(req_, EverythingJsonCodec.INSTANCE);",
                "List<Everything> result_ = service.clash(req, res, service_, result, call, http, resultRaw, PATH_REQ_, DESCRIPTOR_, serviceRaw);",
                "Responses.json(res_, 200, LIST_OF_EVERYTHING, result_);");
        // a route named like the router's own methods gets its own handler name
        assertHasLines(kitchen,
                "routes.add(\"GET\", \"/kitchen/routing\", this::routing_);",
                "private void routing_(ServerRequest req, ServerResponse res) {",
                "String result = service.routing();",
                "routes.add(\"GET\", \"/kitchen/descriptor\", this::descriptor_);");
    }

    @Test
    void overloadedMethodsGetDistinctHandlers() {
        ServiceModel service = new ServiceModel(Fixtures.ORDER_API, "orders", "/orders", List.of(
                new RouteModel("get", HttpMethod.GET, "/orders/{id}", 200,
                        List.of(Fixtures.path("id", Fixtures.LONG)), Fixtures.STRING),
                new RouteModel("get", HttpMethod.GET, "/orders/by-name/{name}", 200,
                        List.of(Fixtures.path("name", Fixtures.STRING)), Fixtures.STRING)));
        String source = RouterTemplate.render(service).toString();
        assertHasLines(source,
                "routes.add(\"GET\", \"/orders/{id}\", this::get);",
                "routes.add(\"GET\", \"/orders/by-name/{name}\", this::get_);",
                "private void get_(ServerRequest req, ServerResponse res) {",
                "String result = service.get(name);");
    }

    @Test
    void aServiceWithoutRoutes() {
        String source = RouterTemplate.render(new ServiceModel(Fixtures.ORDER_API, "orders", "", List.of())).toString();
        assertHasLines(source,
                "public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor(\"orders\", \"com.example.OrderApi\", List.of());");
        assertNoLineContains(source, "routes.add");
    }

    @Test
    void isDeterministic() {
        assertEquals(kitchen, RouterTemplate.render(Fixtures.kitchenApi()).toString());
        assertEquals(orders, RouterTemplate.render(Fixtures.orderApi()).toString());
    }

    @Test
    void rejectsAParameterThatCannotComeFromText() {
        ServiceModel service = new ServiceModel(Fixtures.ORDER_API, "orders", "/orders", List.of(
                new RouteModel("find", HttpMethod.GET, "/orders", 200,
                        List.of(Fixtures.query("order", new ValueType.RecordRef(Fixtures.ORDER))), Fixtures.STRING)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RouterTemplate.render(service));
        assertTrue(e.getMessage().startsWith("Query parameter 'order' cannot be bound from text"), e.getMessage());
    }
}
