package shop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public record Order(long id, String customer, Optional<String> note, List<Line> lines, OrderStatus status,
                    Instant created) {}
