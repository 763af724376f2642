package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record component whose value orders a payload's messages: messages with the same value are
 * handled one after the other, in publication order, by each consumer instance; different values run in
 * parallel. The value travels as the CloudEvents {@code partitionkey} ({@code String} as it is, any other type
 * through {@code String.valueOf}). At most one component of a record has it.
 *
 * <pre>{@code
 * public record OrderPlaced(@OrderingKey long orderId, String customer, BigDecimal total) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface OrderingKey {}
