package dev.kiln.bench.baseline;

/** Thrown by the hand-written handlers for input they cannot bind; {@link BaselineServer} answers 400. */
final class BadRequest extends RuntimeException {
    BadRequest(String detail) {
        super(detail, null, false, false); // no stack trace: this is a client error, not a bug
    }
}
