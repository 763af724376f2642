/**
 * What generated typed clients call: building requests over Helidon WebClient (with
 * {@link dev.kiln.runtime.client.ClientCredentials} asked for on every call) and reading answers, which throw
 * the {@link dev.kiln.runtime.http.HttpException} subclass for any status outside 2xx.
 */
package dev.kiln.runtime.client;
