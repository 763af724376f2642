/** Health checks and the {@code /health} endpoints (MicroProfile Health JSON). See {@code docs/health.md}. */
package dev.kiln.runtime.health;
