/** Kiln's runtime: what generated routers, clients, codecs and applications call. */
package dev.kiln.runtime;
