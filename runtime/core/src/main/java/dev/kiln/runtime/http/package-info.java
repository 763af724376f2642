/**
 * What generated routers call: parameter binding and conversion, body reading, response writing, and the
 * error model: {@link dev.kiln.runtime.http.HttpException} and its subclasses per status, application
 * {@link dev.kiln.runtime.http.ExceptionMapper}s, and RFC 9457 {@link dev.kiln.runtime.http.Problem} responses
 * ({@code application/problem+json}) written by {@link dev.kiln.runtime.http.ErrorResponses}.
 */
package dev.kiln.runtime.http;
