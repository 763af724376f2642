package dev.kiln.bench.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A typical order body: strings, a list of nested records, BigDecimal, an enum, an Instant and an optional
 * field, with constraints the secured route validates. The same document is posted by wrk and decoded by the codec benchmark ({@link BenchData#ORDER_JSON}).
 */
public record BenchOrder(
        @NotBlank @Email String customer,
        @NotEmpty @Size(max = 100) List<@Valid OrderLine> lines,
        @NotNull Priority priority,
        @NotNull @Past Instant placedAt,
        Optional<@Size(max = 500) String> note) {}
