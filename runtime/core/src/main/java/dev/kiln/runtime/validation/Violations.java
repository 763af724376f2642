package dev.kiln.runtime.validation;

import dev.kiln.runtime.http.BadRequestException;
import dev.kiln.runtime.http.Param;
import dev.kiln.runtime.http.Problem;
import dev.kiln.runtime.http.ProblemError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects every constraint violation of one request, so that all of them are answered together in one
 * 400 problem. Generated routers create one per request that has constraints, bind every parameter,
 * let the generated validators add what they find, and call {@link #throwIfAny()} before calling the
 * service.
 *
 * <p>Body violations are reported at a JSON pointer. Validators do not build pointer strings as they
 * go: they {@link #enter} and {@link #leave} components, indexes and map keys, and the pointer of the
 * current location is written only when a violation is added. A request without violations costs this
 * object and nothing else.
 *
 * <pre>{@code
 * Violations violations = new Violations();
 * if (limit > 100) violations.parameter(QUERY_LIMIT, "must be at most 100");
 * NewOrderValidator.validate(order, violations);      // e.g. adds /lines/0/quantity
 * violations.throwIfAny();                            // 400, errors[] lists both
 * }</pre>
 */
public final class Violations {
    private final Clock fixedClock;
    private Clock clock;
    private List<ProblemError> errors;
    // The current location, one entry per level: a name (a component or map key) or, when null, an index.
    private String[] names;
    private int[] indexes;
    private int depth;

    /** Violations whose temporal checks ({@code @Past}, {@code @Future}) use the system clock in the default zone. */
    public Violations() {
        this(null);
    }

    /** Violations whose temporal checks use {@code clock}. */
    public Violations(Clock clock) {
        this.fixedClock = clock;
    }

    /** The clock temporal checks compare with, read once per request. */
    public Clock clock() {
        if (clock == null) {
            clock = fixedClock != null ? fixedClock : Clock.systemDefaultZone();
        }
        return clock;
    }

    /** Moves into the component or map key {@code name} of the current location. */
    public void enter(String name) {
        push(name, 0);
    }

    /** Moves into element {@code index} of the current location. */
    public void enter(int index) {
        push(null, index);
    }

    /** Moves back out of the last {@link #enter}. */
    public void leave() {
        if (depth == 0) {
            throw new IllegalStateException("leave() without enter()");
        }
        depth--;
        names[depth] = null;
    }

    /** A violation of the value at the current location (the body itself when nothing was entered). */
    public void add(String message) {
        record(ProblemError.pointer(pointer(null, 0, false), message));
    }

    /** A violation of the component or map value {@code name} of the current location. */
    public void add(String name, String message) {
        record(ProblemError.pointer(pointer(name, 0, true), message));
    }

    /** A violation of element {@code index} of the current location. */
    public void add(int index, String message) {
        record(ProblemError.pointer(pointer(null, index, true), message));
    }

    /** A violation of a path or query parameter or a header. */
    public void parameter(Param param, String message) {
        record(ProblemError.parameter(param.name(), param.source().in(), message));
    }

    /** A violation of one value of a repeated query parameter or header; {@code index} counts from 0. */
    public void parameter(Param param, int index, String message) {
        record(ProblemError.parameter(param.name(), param.source().in(), "value " + (index + 1) + ": " + message));
    }

    /** Whether nothing was violated. */
    public boolean isEmpty() {
        return errors == null;
    }

    /** The violations so far, in the order they were found. */
    public List<ProblemError> errors() {
        return errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * Ends the request with one 400 listing every violation, if there is one:
     * {@code "Request validation failed: 2 violations"}.
     */
    public void throwIfAny() {
        if (errors != null) {
            int count = errors.size();
            throw new BadRequestException(Problem.of(400, "Request validation failed: " + count
                    + (count == 1 ? " violation" : " violations"), errors));
        }
    }

    private void record(ProblemError error) {
        if (errors == null) {
            errors = new ArrayList<>();
        }
        errors.add(error);
    }

    private void push(String name, int index) {
        if (names == null) {
            names = new String[8];
            indexes = new int[8];
        } else if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
        }
        names[depth] = name;
        indexes[depth] = index;
        depth++;
    }

    // RFC 6901: "/" separates, "~" and "/" inside a name are written "~0" and "~1".
    private String pointer(String lastName, int lastIndex, boolean withLast) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            segment(pointer, names[i], indexes[i]);
        }
        if (withLast) {
            segment(pointer, lastName, lastIndex);
        }
        return pointer.toString();
    }

    private static void segment(StringBuilder pointer, String name, int index) {
        pointer.append('/');
        if (name == null) {
            pointer.append(index);
            return;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '~' -> pointer.append("~0");
                case '/' -> pointer.append("~1");
                default -> pointer.append(c);
            }
        }
    }
}
