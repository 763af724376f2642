package dev.kiln.runtime.http;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;

/**
 * Header values Kiln sends, built once. Shared by the server side and the typed client.
 *
 * <pre>{@code
 * res.header(KilnHeaders.CONTENT_TYPE_JSON);
 * }</pre>
 */
public final class KilnHeaders {
    private KilnHeaders() {}

    /** {@code application/problem+json}, the media type of every error body. */
    public static final String PROBLEM_JSON = "application/problem+json";

    public static final Header CONTENT_TYPE_JSON = HeaderValues.createCached(HeaderNames.CONTENT_TYPE, "application/json");
    public static final Header CONTENT_TYPE_PROBLEM = HeaderValues.createCached(HeaderNames.CONTENT_TYPE, PROBLEM_JSON);
    public static final Header CONTENT_TYPE_TEXT =
            HeaderValues.createCached(HeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8");
    public static final Header CONTENT_TYPE_BYTES =
            HeaderValues.createCached(HeaderNames.CONTENT_TYPE, "application/octet-stream");
}
