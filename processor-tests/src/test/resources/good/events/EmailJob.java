package events;

import dev.kiln.OrderingKey;

public record EmailJob(@OrderingKey String to, String subject, String body) {}
