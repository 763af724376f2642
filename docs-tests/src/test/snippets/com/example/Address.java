package com.example;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** docs/validation.md's address (processor-tests' validation/Address, without its billing address). */
public record Address(@NotBlank String street, Optional<@Size(max = 10) String> zip) {}
