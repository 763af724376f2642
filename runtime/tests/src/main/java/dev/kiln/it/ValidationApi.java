package dev.kiln.it;

import dev.kiln.Body;
import dev.kiln.DefaultValue;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import dev.kiln.Status;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Generated validation through real HTTP: a {@code @Valid} body reaching every constraint, a body that is
 * not {@code @Valid}, a list body with {@code @Valid} elements, a text body, and constrained path, query
 * and header parameters.
 */
@Service("validation")
@Path("/validation")
public interface ValidationApi {

    /** Every constraint, nested records and container elements: answers the form as received. */
    @Post("/forms")
    @Status(201)
    Form submit(@Body @Valid Form form);

    /** Not {@code @Valid}: the form's own constraints are not checked. Answers its name. */
    @Post("/unchecked")
    String unchecked(@Body Form form);

    /** Constraints on the body list itself, and each element validated. Answers the count. */
    @Post("/items")
    int items(@Body @Size(min = 1, max = 3) List<@Valid Item> items);

    /** A set body whose elements are checked: violations point at the index the request sent. Answers the count. */
    @Post("/labels")
    int labels(@Body Set<@Pattern(regexp = "^[a-z]+$") String> labels,
               @QueryParam Set<@Pattern(regexp = "^[a-z]+$") String> code);

    /** A text body with constraints of its own. */
    @Post("/notes")
    String note(@Body @NotBlank @Size(max = 10) String note);

    /** Constraints on every kind of parameter. Answers what it received. */
    @Get("/params/{id}")
    String params(@PathParam @Positive long id,
                  @QueryParam @DefaultValue("10") @Min(1) @Max(100) int limit,
                  @QueryParam @Size(min = 3, max = 8) Optional<String> search,
                  @QueryParam List<@Pattern(regexp = "^[a-z]+$") String> tag,
                  @QueryParam @Size(max = 2) Set<String> label,
                  @Header("X-Client") @NotBlank String client,
                  @Header("X-Trace") @NotEmpty List<String> trace);
}
