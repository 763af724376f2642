package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs filters around a service's routes (on the interface) or one route (on a method), after the
 * application's global filters. Each class implements {@code dev.kiln.runtime.http.KilnFilter} and has an
 * {@code @Inject} constructor; the application's graph creates it once. Filters run in
 * {@code order()}, and for equal orders global first, then the interface's, then the method's, each in the
 * order listed here.
 *
 * <pre>{@code
 * @Post @Filters(AuditFilter.class)
 * Order create(@Body NewOrder order);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Filters {
    /** The filter classes, each implementing {@code dev.kiln.runtime.http.KilnFilter}. */
    Class<?>[] value();
}
