/** Starting and stopping an application: lifecycle components, the Helidon WebServer, registry entries. */
package dev.kiln.runtime.boot;
