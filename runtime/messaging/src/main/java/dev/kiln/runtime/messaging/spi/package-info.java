/**
 * The transport SPI: {@link dev.kiln.runtime.messaging.spi.MessageTransport} and its provider for
 * {@link java.util.ServiceLoader}, {@link dev.kiln.runtime.messaging.spi.MessageConsumer}, and
 * {@link dev.kiln.runtime.messaging.spi.DeliveryExecutor}, the concurrency, per-key ordering and retry
 * scheduling every transport shares.
 */
package dev.kiln.runtime.messaging.spi;
