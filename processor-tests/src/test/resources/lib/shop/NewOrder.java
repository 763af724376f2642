package shop;

import java.util.List;

/** A record from a jar: its source is not in the compilation that uses it. */
public record NewOrder(String customer, List<Line> lines) {}
