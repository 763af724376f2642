package credentials;

import dev.kiln.Body;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.Service;

/** Called, never implemented here. */
@Service("mail")
@Path("/mail")
public interface MailApi {
    @Post
    void send(@Body String text);
}
