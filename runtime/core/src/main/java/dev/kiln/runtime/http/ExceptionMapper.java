package dev.kiln.runtime.http;

import io.helidon.http.Header;
import io.helidon.webserver.http.ServerRequest;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns an application exception into a problem answer. Contribute mappers to the application's graph
 * as a set; {@link ErrorResponses#install} registers them. The mapper for the thrown class answers, else the
 * one for its nearest superclass: a mapper for {@code OutOfStockException} wins over one for
 * {@code RuntimeException}. What Kiln answers itself ({@link HttpException} and its subclasses,
 * {@code JsonDecodeException}, Helidon's HTTP exceptions) keeps its answer whatever the mappers, and a mapper for
 * one of those types is refused at startup. A mapper that throws or returns null is answered with a 500 and an
 * error id, its failure logged.
 *
 * <pre>{@code
 * @Module
 * interface ErrorsModule {
 *     @Provides @IntoSet
 *     static ExceptionMapper<?> outOfStock() {
 *         return ExceptionMapper.of(OutOfStockException.class,
 *                 e -> Problem.of(409, "Only " + e.available() + " of " + e.sku() + " left"));
 *     }
 * }
 * }</pre>
 *
 * @param <T> the exception type mapped, with its subtypes
 */
public interface ExceptionMapper<T extends Throwable> {

    /** The exception type this mapper answers for (and its subtypes without a mapper of their own). */
    Class<T> type();

    /** The problem to answer with; its {@code instance} is filled in with the request path when null. */
    Problem toProblem(T exception, ServerRequest req);

    /**
     * Headers to answer with besides the problem, such as {@code Retry-After} on a 503; none unless overridden.
     * Asked for after {@link #toProblem}; a failure here is answered like a failing mapper (a 500 with an error id).
     *
     * <pre>{@code
     * public List<Header> headers(BusyException e, ServerRequest req) {
     *     return List.of(HeaderValues.create(HeaderNames.RETRY_AFTER, String.valueOf(e.seconds())));
     * }
     * }</pre>
     */
    default List<Header> headers(T exception, ServerRequest req) {
        return List.of();
    }

    /** A mapper from a function of the exception alone. */
    static <T extends Throwable> ExceptionMapper<T> of(Class<T> type, Function<? super T, Problem> mapping) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mapping, "mapping");
        return new ExceptionMapper<>() {
            @Override
            public Class<T> type() {
                return type;
            }

            @Override
            public Problem toProblem(T exception, ServerRequest req) {
                return mapping.apply(exception);
            }
        };
    }
}
