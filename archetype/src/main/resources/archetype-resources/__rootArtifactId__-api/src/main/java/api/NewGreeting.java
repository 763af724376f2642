package ${package}.api;

import jakarta.validation.constraints.NotBlank;

/** A greeting to keep: checked before the service sees it. */
public record NewGreeting(@NotBlank String text) {}
