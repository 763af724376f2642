/**
 * JSON on jackson-core's streaming API, without data binding: the codec interface generated codecs
 * implement, scalar and container codecs, and the readers and writers they call.
 */
package dev.kiln.runtime.json;
