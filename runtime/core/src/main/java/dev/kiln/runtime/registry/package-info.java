/** Descriptions of applications and services, and the registry running instances announce themselves in. */
package dev.kiln.runtime.registry;
