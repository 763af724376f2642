package dev.kiln.samples.notifications;

/**
 * One email to send.
 *
 * @param event  the CloudEvents id of the event it answers: the same on every redelivery, so the mailer sends one
 *               email per event however often the event or this job arrives
 * @param source the CloudEvents source of that event, {@code /orders}
 */
public record EmailJob(String event, String source, String to, String subject, String body) {}
