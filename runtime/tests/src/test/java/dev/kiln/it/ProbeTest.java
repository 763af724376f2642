package dev.kiln.it;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void probe() throws Exception {
        try (KilnHandle app = KilnTestApp.start(KilnConfig.of(Map.of("server.port", "0", "server.max-payload-size", "64KB")))) {
            RawHttp http = new RawHttp(app.uri());
            for (String p : new String[] {"/documents/by-tag", "/documents/color?color=RED", "/documents/boom",
                    "/scalars/shapes?tag=a&tag=b&id=1&id=2&id=1", "/scalars/shapes?tag=a,b", "/scalars/query?i=abc"}) {
                HttpResponse<String> r = http.get(p, "X-Flag", "true", "X-Flag", "false");
                System.out.println("PROBE " + p + " -> " + r.statusCode() + " " + r.headers().map() + " " + r.body());
            }
            HttpResponse<String> r = http.get("/scalars/shapes", "X-Flag", "true, false");
            System.out.println("PROBE comma -> " + r.statusCode() + " " + r.body());
            ScalarsApiClient c = ScalarsApiClient.create(app.uri());
            System.out.println("PROBE client " + c.shapes(java.util.Optional.empty(), 3, Color.RED, java.util.List.of("x", "y"),
                    java.util.Set.of(5L), java.util.Optional.empty(), java.util.Optional.empty(), java.util.List.of(true, false, true), "m"));
        }
    }
}
