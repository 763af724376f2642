package data;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Columns that may be NULL read into Optional components, empty for NULL: nullable columns, and a column of the optional
 * side of a LEFT JOIN (quantity); a NOT NULL column (customer) may be an Optional too.
 */
public record OrderExtras(long id, Optional<String> note, Optional<Priority> priority, Optional<Integer> rating,
                          Optional<LocalDate> due, Optional<UUID> reference, Optional<String> customer,
                          Optional<Integer> quantity) {}
