/**
 * Start and stop hooks for application components, their states, and how supervised ones are restarted.
 * See {@code docs/lifecycle.md}.
 */
package dev.kiln.runtime.lifecycle;
