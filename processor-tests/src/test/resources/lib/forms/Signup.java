package forms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** A record of a shared jar: its constraints are read from the class file. */
public record Signup(@NotBlank @Email String email, List<@Size(max = 3) String> tags, @Valid Optional<Signup> referrer) {}
