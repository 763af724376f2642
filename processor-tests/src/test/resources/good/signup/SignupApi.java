package signup;

import dev.kiln.Body;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.Service;
import forms.Signup;
import jakarta.validation.Valid;

/** Validates a record that comes from a jar. */
@Service("signups")
@Path("/signups")
public interface SignupApi {
    @Post
    void create(@Body @Valid Signup signup);
}
