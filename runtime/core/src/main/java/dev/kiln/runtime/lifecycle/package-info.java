/** Start and stop hooks for application components. */
package dev.kiln.runtime.lifecycle;
