package dev.kiln.it;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/** A record nested in {@link Form}, validated wherever a {@code @Valid} reaches it, itself included. */
public record Item(@NotBlank String sku, @Min(1) int count, @Valid Optional<Item> child) {}
