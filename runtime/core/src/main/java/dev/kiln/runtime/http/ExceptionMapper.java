package dev.kiln.runtime.http;

import io.helidon.webserver.http.ServerRequest;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns an application exception into a problem answer. Contribute mappers to the application's graph
 * as a set; the most specific mapper for a thrown type wins.
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
