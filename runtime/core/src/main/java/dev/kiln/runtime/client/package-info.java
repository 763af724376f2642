/**
 * What generated typed clients call: building requests over Helidon WebClient (with
 * {@link dev.kiln.runtime.client.ClientCredentials} asked for on every call) and reading answers, which throw
 * the {@link dev.kiln.runtime.http.HttpException} subclass for any status outside 2xx. A client without a base
 * URI finds its service in the registry ({@link dev.kiln.runtime.client.KilnClientBuilder#registry}): the pick
 * over UP instances, failover and ejection live in {@code DiscoveredEndpoints} and {@code Failover}; see
 * {@code docs/discovery.md}.
 */
package dev.kiln.runtime.client;
