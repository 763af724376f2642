package dev.kiln.it;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What the shapes route bound. */
public record Shapes(Optional<Integer> maybe, int page, Color tint, List<String> tags, Set<Long> ids,
                     Optional<LocalDate> since, Optional<UUID> trace, List<Boolean> flags, String mode) {}
