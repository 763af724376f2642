package validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** Refers to itself: the billing address is validated like the delivery address. */
public record Address(@NotBlank String street, Optional<@Size(max = 10) String> zip, @Valid Optional<Address> billing) {}
