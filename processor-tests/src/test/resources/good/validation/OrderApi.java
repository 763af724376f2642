package validation;

import dev.kiln.Body;
import dev.kiln.DefaultValue;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Post;
import dev.kiln.Put;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import dev.kiln.Status;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** Constraints on parameters, a @Valid body and a list body whose elements are @Valid. */
@Service("orders")
@Path("/orders")
public interface OrderApi {

    @Post
    @Status(201)
    Receipt create(@Body @Valid NewOrder order, @QueryParam @DefaultValue("10") @Min(1) @Max(100) int priority);

    @Get
    List<Receipt> search(@QueryParam @Size(min = 3, max = 20) Optional<String> customer,
                         @QueryParam List<@Pattern(regexp = "^[a-z]+$") String> tag,
                         @Header("X-Channel") @NotBlank String channel);

    @Put("/{id}/lines")
    void replaceLines(@PathParam @Positive long id, @Body @Size(max = 5) List<@Valid Line> lines);

    /** No constraints, no @Valid: the handler binds and calls, nothing else. */
    @Get("/{id}")
    Receipt get(@PathParam long id);
}
