package dev.kiln.bench.model;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** One line of a {@link BenchOrder}. */
public record OrderLine(
        @NotBlank @Pattern(regexp = "[A-Z]{2}-\\d{3}") String sku,
        @Min(1) @Max(1000) int quantity,
        @NotNull @Positive @Digits(integer = 8, fraction = 2) BigDecimal price) {}
