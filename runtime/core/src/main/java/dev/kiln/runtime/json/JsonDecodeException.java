package dev.kiln.runtime.json;

import java.util.Objects;

/**
 * JSON that does not fit the expected type: malformed, mistyped, out of range, or missing a required
 * property. Carries the JSON pointer of the offending value so the 400 response can name it.
 * It has no stack trace: it describes the input, not the code.
 *
 * <pre>{@code
 * try {
 *     Json.decode(OrderJsonCodec.INSTANCE, body);
 * } catch (JsonDecodeException e) {
 *     e.pointer();   // "/lines/2/quantity"
 *     e.getMessage(); // "expected an integer (int) but got a string"
 * }
 * }</pre>
 */
public final class JsonDecodeException extends RuntimeException {
    private final String pointer;

    /**
     * @param pointer RFC 6901 pointer of the offending value; {@code ""} is the whole document
     * @param message what was expected and what was found, without the pointer
     */
    public JsonDecodeException(String pointer, String message) {
        super(message, null, false, false);
        this.pointer = Objects.requireNonNull(pointer, "pointer");
    }

    /** RFC 6901 pointer of the offending value; {@code ""} is the whole document. */
    public String pointer() {
        return pointer;
    }

    /** The message prefixed with where in the document it applies: {@code "/lines/2/quantity: expected …"}. */
    public String describe() {
        return pointer.isEmpty() ? getMessage() : pointer + ": " + getMessage();
    }
}
