package clock;

import jakarta.validation.constraints.Past;
import java.time.Instant;

public record Event(String name, @Past Instant at) {}
