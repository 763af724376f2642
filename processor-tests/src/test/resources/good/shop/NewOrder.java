package shop;

import java.util.List;
import java.util.Optional;

public record NewOrder(String customer, List<Line> lines, Optional<String> note) {}
