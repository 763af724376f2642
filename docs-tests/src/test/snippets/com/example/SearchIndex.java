package com.example;

/** Something slow a snippet hands to another thread. */
public interface SearchIndex {
    int rebuild();
}
