package dev.kiln.hardening.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An item as sent. */
public record NewItem(@NotBlank @Size(max = 100) String name, @Size(max = 50) List<String> tags) {}
