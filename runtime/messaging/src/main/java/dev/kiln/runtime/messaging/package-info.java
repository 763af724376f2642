/**
 * Events and queues at run time: what generated publishers and dispatchers call
 * ({@link dev.kiln.runtime.messaging.Messaging}, {@link dev.kiln.runtime.messaging.Publisher},
 * {@link dev.kiln.runtime.messaging.Dispatcher}, {@link dev.kiln.runtime.messaging.Subscription},
 * {@link dev.kiln.runtime.messaging.RetryPolicy}), what subscribers see
 * ({@link dev.kiln.runtime.messaging.MessageContext}), the CloudEvents envelope
 * ({@link dev.kiln.runtime.messaging.Envelope}, {@link dev.kiln.runtime.messaging.EnvelopeCodec}), the in-process
 * transport, operations ({@link dev.kiln.runtime.messaging.MessagingOperations},
 * {@link dev.kiln.runtime.messaging.MessagingEndpoint}, {@link dev.kiln.runtime.messaging.MessagingHealthCheck})
 * and {@link dev.kiln.runtime.messaging.KilnMessagingModule}. See {@code docs/events.md}.
 */
package dev.kiln.runtime.messaging;
