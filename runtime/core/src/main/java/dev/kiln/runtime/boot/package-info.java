/** Starting and stopping an application: its components (states, start timeout, supervision), the Helidon WebServer, the health routes, registry entries. */
package dev.kiln.runtime.boot;
