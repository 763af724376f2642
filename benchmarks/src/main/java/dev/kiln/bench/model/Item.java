package dev.kiln.bench.model;

import java.math.BigDecimal;
import java.util.List;

/** What {@code GET /items/{id}?q=…&limit=…} answers with: echoes the bound parameters so a wrong binding shows. */
public record Item(long id, String name, String query, int limit, BigDecimal price, List<String> tags) {}
