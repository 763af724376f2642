package dev.kiln.samples.notifications;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;
import java.util.List;

/** What the notifications service has sent, oldest first: {@code GET /notifications}. */
@Service("notifications")
@Path("/notifications")
public interface NotificationApi {

    @Get
    List<EmailJob> sent();
}
