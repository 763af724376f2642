package credentials;

import dev.kiln.Body;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.Service;

@Service("notices")
@Path("/notices")
public interface NoticeApi {
    @Post
    void post(@Body String text);
}
