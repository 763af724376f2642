package validation;

import jakarta.validation.constraints.NotBlank;

/** A result only: its constraint is not checked on the way out, but it gets a validator a caller can run. */
public record Receipt(long id, @NotBlank String customer) {}
