package dev.kiln.hardening.service;

import java.util.List;

/** An item as answered. */
public record Item(String name, List<String> tags) {}
