package dev.kiln.codegen.template;

import static dev.kiln.codegen.template.SourceAssert.assertHasLines;
import static dev.kiln.codegen.template.SourceAssert.assertLinesInOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import org.junit.jupiter.api.Test;

class ClientTemplateTest {
    private final String orders = ClientTemplate.render(Fixtures.orderApi()).toString();
    private final String kitchen = ClientTemplate.render(Fixtures.kitchenApi()).toString();

    @Test
    void implementsTheInterfaceWithABuilder() {
        JavaFile file = ClientTemplate.render(Fixtures.orderApi());
        assertEquals("OrderApiClient", file.typeSpec().name());
        assertLinesInOrder(orders,
                "@Generated(\"dev.kiln.processor.KilnProcessor\")",
                "public final class OrderApiClient implements OrderApi {",
                "private final KilnHttpClient http;",
                "private OrderApiClient(KilnHttpClient http) {",
                "this.http = http;",
                "public static OrderApiClient create(URI baseUri) {",
                "return builder().baseUri(baseUri).build();",
                "public static Builder builder() {",
                "return new Builder();",
                "public static final class Builder extends KilnClientBuilder<Builder> {",
                "private Builder() {",
                "super(\"orders\");",
                "protected Builder self() {",
                "return this;",
                "public OrderApiClient build() {",
                "return new OrderApiClient(buildHttpClient());");
    }

    @Test
    void theArchitectureExampleMethods() {
        assertLinesInOrder(orders,
                "private static final JsonCodec<List<Order>> LIST_OF_ORDER = JsonCodecs.list(OrderJsonCodec.INSTANCE);",
                "private static final HeaderName HEADER_X_REASON = HeaderNames.create(\"X-Reason\");",
                "public Optional<Order> get(long id) {",
                "ClientCall call = http.call(Method.GET, \"/orders/{id}\", \"/orders/\" + ClientCall.segment(String.valueOf(id)));",
                "return call.send().optionalJson(200, OrderJsonCodec.INSTANCE);",
                "public List<Order> list(Optional<String> customer, int limit) {",
                "ClientCall call = http.call(Method.GET, \"/orders\", \"/orders\");",
                "if (customer.isPresent()) {",
                "call.query(\"customer\", customer.get());",
                "call.query(\"limit\", String.valueOf(limit));",
                "return call.send().json(200, LIST_OF_ORDER);",
                "public Order create(NewOrder order) {",
                "ClientCall call = http.call(Method.POST, \"/orders\", \"/orders\");",
                "call.jsonBody(NewOrderJsonCodec.INSTANCE, order);",
                "return call.send().json(201, OrderJsonCodec.INSTANCE);",
                "public void cancel(long id, Optional<String> reason) {",
                "ClientCall call = http.call(Method.DELETE, \"/orders/{id}\", \"/orders/\" + ClientCall.segment(String.valueOf(id)));",
                "if (reason.isPresent()) {",
                "call.header(HEADER_X_REASON, reason.get());",
                "call.send().noContent();");
    }

    @Test
    void buildsThePathFromLiteralPartsAndEncodedSegments() {
        assertHasLines(kitchen,
                "ClientCall call = http.call(Method.GET, \"/kitchen/path/{pboolean}/{pbyte}/{pshort}/{pint}/{plong}/{pfloat}/{pdouble}/{pchar}/{pstring}/{penum}/{puuid}/{pbigdecimal}/{pbiginteger}/{plocaldate}/{plocaldatetime}/{poffsetdatetime}/{pinstant}/{pduration}\", \"/kitchen/path/\" + ClientCall.segment(String.valueOf(pboolean)) + \"/\" + ClientCall.segment(String.valueOf(pbyte)) + \"/\" + ClientCall.segment(String.valueOf(pshort)) + \"/\" + ClientCall.segment(String.valueOf(pint)) + \"/\" + ClientCall.segment(String.valueOf(plong)) + \"/\" + ClientCall.segment(String.valueOf(pfloat)) + \"/\" + ClientCall.segment(String.valueOf(pdouble)) + \"/\" + ClientCall.segment(String.valueOf(pchar)) + \"/\" + ClientCall.segment(pstring) + \"/\" + ClientCall.segment(penum.name()) + \"/\" + ClientCall.segment(String.valueOf(puuid)) + \"/\" + ClientCall.segment(String.valueOf(pbigdecimal)) + \"/\" + ClientCall.segment(String.valueOf(pbiginteger)) + \"/\" + ClientCall.segment(String.valueOf(plocaldate)) + \"/\" + ClientCall.segment(String.valueOf(plocaldatetime)) + \"/\" + ClientCall.segment(String.valueOf(poffsetdatetime)) + \"/\" + ClientCall.segment(String.valueOf(pinstant)) + \"/\" + ClientCall.segment(String.valueOf(pduration)));",
                "ClientCall call = http.call(Method.PUT, \"/kitchen/{id}/tags\", \"/kitchen/\" + ClientCall.segment(id.name()) + \"/tags\");");
    }

    @Test
    void primitivesAreAlwaysSentAndNullReferencesAreNot() {
        assertLinesInOrder(kitchen,
                "call.query(\"qint\", String.valueOf(qint));",
                "call.query(\"qchar\", String.valueOf(qchar));",
                "if (qstring != null) {",
                "call.query(\"qstring\", qstring);",
                "if (qenum != null) {",
                "call.query(\"qenum\", qenum.name());",
                "if (boxedint != null) {",
                "call.query(\"boxedint\", String.valueOf(boxedint));");
        assertHasLines(kitchen,
                "private static final HeaderName HEADER_X_INT = HeaderNames.create(\"X-int\");",
                "call.header(HEADER_X_INT, String.valueOf(hint));");
    }

    @Test
    void optionalDefaultedAndRepeatedParameters() {
        assertLinesInOrder(kitchen,
                "public Everything shapes(Optional<Integer> maybe, int page, Color tint, List<String> tags,",
                "if (maybe.isPresent()) {",
                "call.query(\"maybe\", String.valueOf(maybe.get()));",
                // @DefaultValue primitive: always sent
                "call.query(\"page\", String.valueOf(page));",
                "call.query(\"tint\", tint.name());",
                "call.queryAll(\"tag\", tags);",
                "call.queryAll(\"id\", ids.stream().map(String::valueOf).toList());",
                "call.queryAll(\"color\", colors.stream().map(Color::name).toList());",
                "call.queryAll(\"size\", sizes.stream().map(String::valueOf).toList());",
                "call.query(\"since\", String.valueOf(since.get()));",
                "call.query(\"maybeColor\", maybeColor.get().name());",
                "call.header(HEADER_X_TRACE, String.valueOf(trace.get()));",
                "call.headerAll(HEADER_X_FLAG, flags.stream().map(String::valueOf).toList());",
                "call.headerAll(HEADER_X_MODE, modes.stream().map(Color::name).toList());",
                "call.header(HEADER_X_MODE_ONE, mode);",
                "return call.send().json(200, EverythingJsonCodec.INSTANCE);");
    }

    @Test
    void bodiesAndResultsOfEveryFamily() {
        assertHasLines(kitchen,
                "call.textBody(note);",
                "return call.send().text(200);",
                "call.bytesBody(content);",
                "return call.send().bytes(200);",
                "call.jsonBody(JsonCodecs.INT_ARRAY, scores);",
                "return call.send().json(200, JsonCodecs.INT_ARRAY);",
                "call.jsonBody(LIST_OF_EVERYTHING, batch);",
                "return call.send().json(201, ARRAY_OF_EVERYTHING);",
                "return call.send().json(200, MAP_OF_LIST_OF_EVERYTHING);",
                "call.jsonBody(JsonCodecs.INT, n);",
                "return call.send().json(200, JsonCodecs.LONG);",
                "return call.send().json(202, ColorJsonCodec.INSTANCE);",
                "return call.send().optionalJson(200, EverythingJsonCodec.INSTANCE);",
                "return call.send().optionalJson(200, JsonCodecs.STRING);",
                "call.jsonBody(OPTIONAL_OF_EVERYTHING, maybe);",
                "return call.send().optionalJson(200, LIST_OF_COLOR);",
                "call.send().noContent();");
    }

    @Test
    void userParameterNamesThatClashWithGeneratedNames() {
        assertLinesInOrder(kitchen,
                "public List<Everything> clash(String req, Integer res, long service, Optional<String> result,",
                "List<String> call, String http_, String resultRaw, String PATH_REQ, String DESCRIPTOR,",
                "ClientCall call_ = http.call(Method.PUT, \"/kitchen/clash/{req}\", \"/kitchen/clash/\" + ClientCall.segment(req));",
                "call_.query(\"res\", String.valueOf(res));",
                "call_.query(\"service\", String.valueOf(service));",
                "call_.query(\"result\", result.get());",
                "call_.queryAll(\"call\", call);",
                "call_.header(HEADER_X_HTTP, http_);",
                "call_.jsonBody(EverythingJsonCodec.INSTANCE, serviceRaw);",
                "return call_.send().json(200, LIST_OF_EVERYTHING);");
    }

    @Test
    void isDeterministic() {
        assertEquals(kitchen, ClientTemplate.render(Fixtures.kitchenApi()).toString());
        assertEquals(orders, ClientTemplate.render(Fixtures.orderApi()).toString());
    }
}
