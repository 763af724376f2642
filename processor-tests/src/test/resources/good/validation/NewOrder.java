package validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A body with a constraint of each family, a nested @Valid record, @Valid list elements and map values. */
public record NewOrder(
        @NotBlank @Size(max = 40) String customer,
        @Email Optional<String> email,
        @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 currency code") String currency,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 2) BigDecimal total,
        @Future LocalDate deliverBy,
        @NotEmpty @Size(max = 20) List<@Valid Line> lines,
        Map<String, @NotBlank String> notes,
        @Valid Address address,
        @Valid Note note) {}
