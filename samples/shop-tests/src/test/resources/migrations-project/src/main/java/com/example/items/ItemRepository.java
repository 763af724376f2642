package com.example.items;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.Optional;

@Repository
public interface ItemRepository {
    record Item(long id, String title) {}

    @Query("SELECT id, title FROM items WHERE id = :id")
    Optional<Item> find(long id);
}
