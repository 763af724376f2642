package dev.kiln.runtime.http;

import io.helidon.http.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem document, the body of every Kiln error response ({@code application/problem+json}),
 * written and read by {@link ProblemCodec}. A 4xx says what was wrong in {@code detail} and, per input, in
 * {@code errors}; a 5xx says only that something failed and gives an {@code errorId} that is also in the
 * server log next to the stack trace.
 *
 * <p>The members, as RFC 9457 defines them:
 * <ul>
 * <li>{@code type}: a URI naming the kind of problem; {@code about:blank} (the default) when the status says
 *     it all. Kiln uses {@link #NO_ROUTE} for a path no route serves.</li>
 * <li>{@code title}: a short summary of the type; for {@code about:blank}, the status's reason phrase.</li>
 * <li>{@code status}: the HTTP status code, the same as the response's.</li>
 * <li>{@code detail}: what went wrong with this request, for a human.</li>
 * <li>{@code instance}: the request path; {@link ErrorResponses#send} fills it in when null.</li>
 * </ul>
 * Kiln's extension members: {@code errors}, one {@link ProblemError} per faulty input (a JSON pointer into
 * the body, or a parameter and where it was), and {@code errorId}, the log reference of a 5xx. Other
 * extension members go in {@link #extensions()}: text, numbers, booleans, null, and lists and maps of them,
 * written as JSON members next to the standard ones and read back by the typed client.
 *
 * <pre>{@code
 * {"type":"about:blank","title":"Bad Request","status":400,
 *  "detail":"Query parameter 'limit' must be an integer ...","instance":"/orders",
 *  "errors":[{"parameter":"limit","in":"query","detail":"..."}]}
 *
 * Problem outOfStock = Problem.of(409, "Only 3 of SKU-1 are left")
 *         .withType("https://example.com/problems/out-of-stock")
 *         .withExtension("available", 3);        // {"type":"https://...","title":"Conflict",...,"available":3}
 * }</pre>
 *
 * @param type       a URI identifying the kind of problem; {@code about:blank} when null
 * @param title      a short summary of the type; the status's reason phrase when null
 * @param status     the HTTP status code
 * @param detail     what went wrong with this request
 * @param instance   the request path, or null
 * @param errors     one entry per faulty input; empty when not applicable
 * @param errorId    for 5xx: the id under which the server logged the failure; null otherwise
 * @param extensions further members by name, in order; never one of the names above
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<ProblemError> errors, String errorId, Map<String, Object> extensions) {

    /** The default type: the status code and title say all there is. */
    public static final String ABOUT_BLANK = "about:blank";

    /** The type of the 404 for a path no route serves (as opposed to a route that found nothing). */
    public static final String NO_ROUTE = "urn:kiln:problem:no-route";

    public Problem {
        type = type == null ? ABOUT_BLANK : type;
        title = title == null ? title(status) : title;
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = ProblemExtensions.copy(extensions);
    }

    /** A problem without extension members beyond {@code errors} and {@code errorId}. */
    public Problem(String type, String title, int status, String detail, String instance,
                   List<ProblemError> errors, String errorId) {
        this(type, title, status, detail, instance, errors, errorId, Map.of());
    }

    /** A problem with the status's title and no errors. */
    public static Problem of(int status, String detail) {
        return new Problem(ABOUT_BLANK, title(status), status, detail, null, List.of(), null, Map.of());
    }

    /** A problem listing faulty inputs. */
    public static Problem of(int status, String detail, List<ProblemError> errors) {
        return new Problem(ABOUT_BLANK, title(status), status, detail, null, errors, null, Map.of());
    }

    /** The same problem about the request at {@code path}. */
    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, errorId, extensions);
    }

    /** The same problem with another type URI. */
    public Problem withType(String newType) {
        return new Problem(newType, title, status, detail, instance, errors, errorId, extensions);
    }

    /** The same problem with another title (a summary of its type, not of this occurrence). */
    public Problem withTitle(String newTitle) {
        return new Problem(type, newTitle, status, detail, instance, errors, errorId, extensions);
    }

    /** The same problem tagged with the id of a logged failure. */
    public Problem withErrorId(String id) {
        return new Problem(type, title, status, detail, instance, errors, Objects.requireNonNull(id, "id"), extensions);
    }

    /**
     * The same problem with one more extension member (replacing one of that name). {@code value} is text,
     * a number, a boolean, null, or a list or map of those; a standard member's name is refused.
     */
    public Problem withExtension(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, instance, errors, errorId, more);
    }

    /** The same problem with another status and that status's reason phrase as its title. */
    public Problem withStatus(int newStatus) {
        return new Problem(type, title(newStatus), newStatus, detail, instance, errors, errorId, extensions);
    }

    /** The reason phrase of a status code: {@code 404} → {@code Not Found}. */
    public static String title(int status) {
        if (status == 431) {
            // RFC 6585's status, which Helidon's Status does not name.
            return "Request Header Fields Too Large";
        }
        String phrase = Status.create(status).reasonPhrase();
        return phrase == null || phrase.isBlank() ? "HTTP " + status : phrase;
    }
}
