package dev.kiln.codegen.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A route path split into literal text and {@code {variable}} parts, so that the client template
 * can rebuild a concrete path and a validator can match variables to {@code @PathParam}s.
 *
 * <pre>{@code
 * PathTemplate.parse("/orders/{id}/lines").parts()
 *     // [Literal("/orders/"), Variable("id"), Literal("/lines")]
 * }</pre>
 *
 * <p>A variable may carry a Helidon pattern, {@code {id:\d+}}; only the name before {@code :} is kept.
 *
 * @param parts the parts in order; adjacent literals are merged
 */
public record PathTemplate(List<Part> parts) {

    /** One piece of a path template. */
    public sealed interface Part {}

    /** Text copied as is. */
    public record Literal(String text) implements Part {}

    /** A path variable, bound to the {@code @PathParam} whose wire name is {@code name}. */
    public record Variable(String name) implements Part {}

    public PathTemplate {
        parts = List.copyOf(parts);
    }

    /** Splits {@code path}; an unclosed {@code {} is kept as literal text. */
    public static PathTemplate parse(String path) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            int close = c == '{' ? path.indexOf('}', i) : -1;
            if (close < 0) {
                literal.append(c);
                i++;
                continue;
            }
            if (!literal.isEmpty()) {
                parts.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
            String body = path.substring(i + 1, close);
            int colon = body.indexOf(':');
            parts.add(new Variable((colon < 0 ? body : body.substring(0, colon)).trim()));
            i = close + 1;
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
        }
        return new PathTemplate(parts);
    }

    /** The variable names in order of appearance. */
    public List<String> variables() {
        return parts.stream()
                .filter(p -> p instanceof Variable)
                .map(p -> ((Variable) p).name())
                .toList();
    }
}
