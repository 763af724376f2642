package dev.kiln.runtime.messaging;

/** A payload of the tests' {@code @Queue("emails")} interface. */
public record EmailJob(int number, String to) {}
