package dev.kiln.runtime.validation;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An unmodifiable set read from what a request sent — a JSON array, repeated query parameters — that remembers where
 * each element was first sent, so that a violation of an element points at the request's own index
 * ({@code ["a", "a", "BAD"]} → {@code /tags/2}, not the de-duplicated set's {@code /tags/1}). Iterates in the order
 * sent, like a {@code LinkedHashSet}.
 *
 * <pre>{@code
 * Set<String> tags = SentSet.of(List.of("a", "a", "BAD"));   // [a, BAD]
 * Checks.sentIndex(tags, 1);                                 // 2
 * }</pre>
 *
 * @param <E> the element type
 */
public final class SentSet<E> extends AbstractSet<E> {
    private final Set<E> elements;
    private final int[] sentAt;

    private SentSet(Set<E> elements, int[] sentAt) {
        this.elements = elements;
        this.sentAt = sentAt;
    }

    /** The distinct elements of {@code sent}, in order, each with the index it was first sent at. */
    public static <E> Set<E> of(List<E> sent) {
        Map<E, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < sent.size(); i++) {
            first.putIfAbsent(sent.get(i), i);
        }
        int[] sentAt = new int[first.size()];
        int position = 0;
        for (int index : first.values()) {
            sentAt[position++] = index;
        }
        return new SentSet<>(Collections.unmodifiableSet(first.keySet()), sentAt);
    }

    /** Where the element at {@code position} of this set's order was first sent. */
    public int sentAt(int position) {
        return sentAt[position];
    }

    @Override
    public Iterator<E> iterator() {
        return elements.iterator();
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    public boolean contains(Object o) {
        return elements.contains(o);
    }
}
