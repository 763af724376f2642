package dev.kiln.runtime.http;

import io.helidon.http.Status;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 9457 problem document, the body of every Kiln error response ({@code application/problem+json}).
 * A 4xx says what was wrong in {@code detail} and, per input, in {@code errors}; a 5xx says only that
 * something failed and gives an {@code errorId} that is also in the server log next to the stack trace.
 *
 * <pre>{@code
 * {"type":"about:blank","title":"Bad Request","status":400,
 *  "detail":"Query parameter 'limit' must be an integer ...","instance":"/orders",
 *  "errors":[{"parameter":"limit","in":"query","detail":"..."}]}
 * }</pre>
 *
 * @param type     a URI identifying the kind of problem; {@code about:blank} when the status says it all
 * @param title    the status's reason phrase
 * @param status   the HTTP status code
 * @param detail   what went wrong with this request
 * @param instance the request path, or null
 * @param errors   one entry per faulty input; empty when not applicable
 * @param errorId  for 5xx: the id under which the server logged the failure; null otherwise
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<ProblemError> errors, String errorId) {

    /** The default type: the status code and title say all there is. */
    public static final String ABOUT_BLANK = "about:blank";

    /** The type of the 404 for a path no route serves (as opposed to a route that found nothing). */
    public static final String NO_ROUTE = "urn:kiln:problem:no-route";

    public Problem {
        type = type == null ? ABOUT_BLANK : type;
        title = title == null ? title(status) : title;
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem with the status's title and no errors. */
    public static Problem of(int status, String detail) {
        return new Problem(ABOUT_BLANK, title(status), status, detail, null, List.of(), null);
    }

    /** A problem listing faulty inputs. */
    public static Problem of(int status, String detail, List<ProblemError> errors) {
        return new Problem(ABOUT_BLANK, title(status), status, detail, null, errors, null);
    }

    /** The same problem about the request at {@code path}. */
    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, errorId);
    }

    /** The same problem with another type URI. */
    public Problem withType(String newType) {
        return new Problem(newType, title, status, detail, instance, errors, errorId);
    }

    /** The same problem tagged with the id of a logged failure. */
    public Problem withErrorId(String id) {
        return new Problem(type, title, status, detail, instance, errors, Objects.requireNonNull(id, "id"));
    }

    /** The reason phrase of a status code: {@code 404} → {@code Not Found}. */
    public static String title(int status) {
        String phrase = Status.create(status).reasonPhrase();
        return phrase == null || phrase.isBlank() ? "HTTP " + status : phrase;
    }
}
