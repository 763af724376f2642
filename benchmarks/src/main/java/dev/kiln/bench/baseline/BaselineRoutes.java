package dev.kiln.bench.baseline;

import dev.kiln.bench.model.BenchOrder;
import dev.kiln.bench.model.BenchWork;
import io.helidon.common.media.type.MediaType;
import io.helidon.common.uri.UriQuery;
import io.helidon.http.Header;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;

/**
 * The benchmarked routes written by hand on Helidon SE: parameters parsed where they are used, JSON
 * parsed and written with jackson-core streaming, header values as constants.
 *
 * <pre>{@code
 * HttpRouting.builder().register(new BaselineRoutes());
 * }</pre>
 */
final class BaselineRoutes implements HttpService {
    private static final Header JSON = HeaderValues.CONTENT_TYPE_JSON;

    private final BaselineSecureOrders secureOrders = new BaselineSecureOrders();

    @Override
    public void routing(HttpRules rules) {
        rules.get("/hello", this::hello)
                .get("/items/{id}", this::item)
                .post("/orders", this::order)
                .post("/secure/orders", this::secureOrder);
    }

    private void hello(ServerRequest req, ServerResponse res) {
        send(res, BaselineJsonWriter.greeting(BenchWork.hello()));
    }

    private void item(ServerRequest req, ServerResponse res) {
        long id = parseLong(req.path().pathParameters().get("id"), "Path parameter 'id'");
        UriQuery query = req.query();
        if (!query.contains("q")) {
            throw new BadRequest("Query parameter 'q' is required");
        }
        String q = query.get("q");
        int limit = query.contains("limit") ? parseInt(query.get("limit"), "Query parameter 'limit'") : 10;
        send(res, BaselineJsonWriter.item(BenchWork.item(id, q, limit)));
    }

    private void order(ServerRequest req, ServerResponse res) {
        Optional<HttpMediaType> contentType = req.headers().contentType();
        if (contentType.isEmpty() || !isJson(contentType.get().mediaType())) {
            res.status(Status.UNSUPPORTED_MEDIA_TYPE_415).send();
            return;
        }
        BenchOrder order = BaselineOrderReader.read(req.content().inputStream());
        send(res, BaselineJsonWriter.orderSummary(BenchWork.summarize(order)));
    }

    private void secureOrder(ServerRequest req, ServerResponse res) {
        Optional<HttpMediaType> contentType = req.headers().contentType();
        if (contentType.isEmpty() || !isJson(contentType.get().mediaType())) {
            res.status(Status.UNSUPPORTED_MEDIA_TYPE_415).send();
            return;
        }
        secureOrders.handle(req, res);
    }

    private static boolean isJson(MediaType type) {
        return "application".equals(type.type())
                && ("json".equals(type.subtype()) || type.subtype().endsWith("+json"));
    }

    private static void send(ServerResponse res, byte[] body) {
        res.header(JSON);
        res.send(body);
    }

    private static long parseLong(String raw, String what) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new BadRequest(what + " must be a whole number, was '" + raw + "'");
        }
    }

    private static int parseInt(String raw, String what) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new BadRequest(what + " must be a whole number, was '" + raw + "'");
        }
    }
}
