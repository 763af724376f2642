package dev.kiln.hardening.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;

/** Answers what it was sent; the tests are about everything around it. */
@Singleton
final class TargetService implements TargetApi {
    @Inject
    TargetService() {}

    @Override
    public Item get(String name) {
        return new Item(name, List.of());
    }

    @Override
    public Item create(NewItem item) {
        return new Item(item.name(), item.tags() == null ? List.of() : item.tags());
    }

    @Override
    public Item replace(String name, NewItem item) {
        return new Item(name, item.tags() == null ? List.of() : item.tags());
    }
}
