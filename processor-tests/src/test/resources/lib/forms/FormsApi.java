package forms;

import dev.kiln.Body;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.Service;
import jakarta.validation.Valid;

/** Compiled with Kiln, it puts SignupValidator in the jar. */
@Service("forms")
@Path("/forms")
public interface FormsApi {
    @Post
    void submit(@Body @Valid Signup signup);
}
