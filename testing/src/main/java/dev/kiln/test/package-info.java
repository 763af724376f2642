/**
 * kiln-test: {@link dev.kiln.test.KilnTest} starts a Kiln application for a JUnit 5 test class and hands its tests
 * typed clients and the {@link dev.kiln.runtime.boot.KilnHandle}; {@link dev.kiln.test.KilnTestProperties} gives one
 * method an application of its own with configuration overrides. See docs/testing.md.
 */
package dev.kiln.test;
