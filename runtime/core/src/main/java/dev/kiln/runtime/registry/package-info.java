/**
 * Descriptions of applications and services, and the registry running instances announce themselves in:
 * {@link dev.kiln.runtime.registry.ServiceRegistries} picks it from {@code kiln.registry.type} ({@code memory},
 * {@code static}, or a type a registry module offers through
 * {@link dev.kiln.runtime.registry.ServiceRegistryProvider}, such as {@code redis}); {@code GET /kiln/registry}
 * ({@link dev.kiln.runtime.registry.RegistryEndpoint}) shows it. See {@code docs/discovery.md}.
 */
package dev.kiln.runtime.registry;
