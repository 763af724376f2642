/** Configuration: classpath YAML, environment, system properties and program arguments, layered. */
package dev.kiln.runtime.config;
