/** What generated typed clients call: building requests over Helidon WebClient and reading answers. */
package dev.kiln.runtime.client;
