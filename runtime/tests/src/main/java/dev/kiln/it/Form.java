package dev.kiln.it;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A record that reaches every constraint Kiln checks, on scalars, containers, elements and nested records. */
public record Form(
        @NotBlank String name,
        @NotNull String reference,
        @Size(min = 2, max = 5) String code,
        @Min(1) @Max(10) int quantity,
        @Positive long positive,
        @PositiveOrZero Integer positiveOrZero,
        @Negative short negative,
        @NegativeOrZero Long negativeOrZero,
        @DecimalMin("0.5") @DecimalMax(value = "99.5", inclusive = false) double ratio,
        @Digits(integer = 3, fraction = 2) BigDecimal price,
        @Min(-5) @Max(5) BigInteger big,
        @Pattern(regexp = "^[A-Z]{3}$", message = "must be a three-letter currency code") String currency,
        @Email String email,
        @Past LocalDate born,
        @PastOrPresent Instant seen,
        @Future LocalDate due,
        @FutureOrPresent OffsetDateTime until,
        @NotEmpty @Size(max = 3) List<@Size(max = 5) String> tags,
        @Size(max = 2) Map<String, @PositiveOrZero Integer> counts,
        @Size(min = 1) int[] scores,
        Optional<@Email String> backupEmail,
        @Valid Item main,
        @Valid Optional<Item> spare,
        @Valid List<Item> extras,
        @Valid Map<String, Item> byName) {}
