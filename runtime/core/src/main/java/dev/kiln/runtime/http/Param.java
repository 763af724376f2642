package dev.kiln.runtime.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import java.util.Objects;

/**
 * A request parameter a route binds: where it comes from and its name. Generated routers hold one
 * constant per parameter, so the header name is parsed once and error messages can name it.
 *
 * <pre>{@code
 * private static final Param PATH_ID = Param.path("id");
 * private static final Param QUERY_LIMIT = Param.query("limit");
 * private static final Param HEADER_X_REASON = Param.header("X-Reason");
 * }</pre>
 *
 * @param source where the value comes from
 * @param name   the name on the wire
 * @param header the header name for {@link ParamSource#HEADER} parameters, null otherwise
 */
public record Param(ParamSource source, String name, HeaderName header) {
    public Param {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        if (source == ParamSource.HEADER && header == null) {
            header = HeaderNames.create(name);
        }
    }

    /** A path template parameter: {@code {id}} in {@code /orders/{id}}. */
    public static Param path(String name) {
        return new Param(ParamSource.PATH, name, null);
    }

    /** A query parameter. */
    public static Param query(String name) {
        return new Param(ParamSource.QUERY, name, null);
    }

    /** A request header. */
    public static Param header(String name) {
        return new Param(ParamSource.HEADER, name, HeaderNames.create(name));
    }

    /** How error messages name it: {@code Query parameter 'limit'}. */
    public String describe() {
        return source.label() + " '" + name + "'";
    }
}
