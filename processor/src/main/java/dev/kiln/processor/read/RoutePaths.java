package dev.kiln.processor.read;

import dev.kiln.codegen.model.PathTemplate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Route path templates: joining an interface's {@code @Path} with a method's sub-path, normalising,
 * finding {@code {name}} variables, and the shape two templates share when they match the same URIs.
 *
 * <pre>{@code
 * RoutePaths.join("orders/", "/{id}/")   // "/orders/{id}"
 * RoutePaths.shape("/a/{x}")             // "/a/{}", equal to shape("/a/{y}")
 * }</pre>
 *
 * <p>Splitting a template into literals and variables is {@link PathTemplate}'s job, shared with the
 * templates; this class adds what only the processor needs.
 */
public final class RoutePaths {
    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}/]*)}");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    // Unreserved and sub-delimiter characters of RFC 3986 that Helidon's path matcher takes literally;
    // '*', '[', ']', '?', '#' and '%' mean something else there or in a URI.
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9\\-._~!$&'()+,;=:@/]*");

    private RoutePaths() {}

    /** The interface path and a method's sub-path, joined and normalised. */
    public static String join(String base, String sub) {
        return normalise(base + "/" + sub);
    }

    /** Single slashes, a leading slash, no trailing slash except for the root. */
    public static String normalise(String raw) {
        String path = ("/" + raw.trim()).replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    /** The variable names of a template, in order of appearance. */
    public static List<String> variables(String path) {
        return PathTemplate.parse(path).variables();
    }

    /** The template with every variable's name dropped: equal shapes match the same request paths. */
    public static String shape(String path) {
        return VARIABLE.matcher(path).replaceAll("{}");
    }

    /** What is wrong with a normalised template, if anything, said so that the user knows the fix. */
    public static Optional<String> problem(String path) {
        Set<String> seen = new LinkedHashSet<>();
        for (String segment : path.split("/", -1)) {
            if (segment.indexOf('{') < 0 && segment.indexOf('}') < 0) {
                if (!LITERAL.matcher(segment).matches()) {
                    return Optional.of("segment '" + segment + "' holds a character that is not allowed in a route"
                            + " path: use letters, digits and - . _ ~ ! $ & ' ( ) + , ; = : @");
                }
                continue;
            }
            Matcher m = VARIABLE.matcher(segment);
            if (!m.matches()) {
                return Optional.of("segment '" + segment + "' is not a literal or a single {name} variable: put each"
                        + " variable in a segment of its own, e.g. /orders/{id}");
            }
            String name = m.group(1);
            if (!VARIABLE_NAME.matcher(name).matches()) {
                return Optional.of("variable {" + name + "} is not a valid name: use a letter followed by letters,"
                        + " digits or _, e.g. {orderId}");
            }
            if (!seen.add(name)) {
                return Optional.of("variable {" + name + "} appears twice: give each variable its own name");
            }
        }
        return Optional.empty();
    }
}
