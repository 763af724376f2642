package validation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

public record Line(@NotBlank String sku, @Min(1) @Max(999) int quantity, @PositiveOrZero Double discount) {}
