/**
 * What generated routers call: parameter binding and conversion, body reading, response writing, and
 * problem ({@code application/problem+json}) error responses.
 */
package dev.kiln.runtime.http;
