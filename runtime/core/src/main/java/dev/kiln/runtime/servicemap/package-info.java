/**
 * {@code GET /kiln/service-map}: the system's compile-time graph merged over the registry's instances, with the
 * edges seen in their spans and the drift between the two ({@link dev.kiln.runtime.servicemap.ServiceMapEndpoint}).
 */
package dev.kiln.runtime.servicemap;
