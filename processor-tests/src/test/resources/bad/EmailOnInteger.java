package bad;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;

@Service("orders")
@Path("/orders")
public interface EmailOnInteger {
    @Post
    void create(@Body @Valid Contact contact);

    record Contact(String name,
                   @Email Integer phone) {} // <-- [KilnConstraintNotApplicable]
}
