package dev.kiln.it;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;

/** The {@code X-Filter-Trail} response header the test filters append to, so tests see the order they ran in. */
final class FilterTrail {
    static final HeaderName HEADER = HeaderNames.create("X-Filter-Trail");

    private FilterTrail() {}

    static void append(ServerResponse res, String step) {
        String trail = res.headers().first(HEADER).map(t -> t + ",").orElse("") + step;
        res.header(HEADER, trail);
    }
}
