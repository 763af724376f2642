package dev.kiln.it;

import dev.kiln.runtime.http.HttpException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps documents in memory and answers every body and result shape of {@link DocumentsApi}. */
@Singleton
final class DocumentsService implements DocumentsApi {
    private final Map<String, Document> documents = new ConcurrentHashMap<>();
    private final Map<String, List<String>> notes = new ConcurrentHashMap<>();
    private final Map<String, byte[]> contents = new ConcurrentHashMap<>();

    @Inject
    DocumentsService() {}

    @Override
    public Document create(Document document) {
        documents.put(document.id(), document);
        return document;
    }

    @Override
    public Optional<Document> find(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    @Override
    public List<Document> all() {
        return documents.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    @Override
    public Map<String, List<Document>> byTag() {
        Map<String, List<Document>> result = new TreeMap<>();
        for (Document d : all()) {
            for (String tag : d.tags()) {
                result.computeIfAbsent(tag, t -> new ArrayList<>()).add(d);
            }
        }
        return result;
    }

    @Override
    public Set<String> replaceTags(String id, Set<String> tags) {
        Document d = existing(id);
        documents.put(id, new Document(d.id(), d.title(), d.color(), d.author(), d.sections(), tags, d.counts(),
                d.summary(), d.reviewer(), d.checksums(), d.thumbnail(), d.version(), d.created()));
        return new TreeSet<>(tags);
    }

    @Override
    public int[] scores(String id, int[] scores) {
        existing(id);
        int[] sorted = scores.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    @Override
    public String appendNote(String id, String note) {
        existing(id);
        List<String> all = notes.computeIfAbsent(id, k -> new ArrayList<>());
        synchronized (all) {
            all.add(note);
            return String.join("\n", all);
        }
    }

    @Override
    public byte[] replaceContent(String id, byte[] content) {
        existing(id);
        byte[] previous = contents.put(id, content);
        return previous == null ? "none".getBytes(StandardCharsets.UTF_8) : previous;
    }

    @Override
    public Document[] batch(List<Document> batch) {
        batch.forEach(this::create);
        return batch.toArray(Document[]::new);
    }

    @Override
    public Map<String, Integer> echoMap(Map<String, Integer> counts) {
        return new TreeMap<>(counts);
    }

    @Override
    public Color color(Color color) {
        return color;
    }

    @Override
    public String slow(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "slept " + millis + "ms";
    }

    @Override
    public int count() {
        return documents.size();
    }

    @Override
    public void delete(String id) {
        if (documents.remove(id) == null) {
            throw HttpException.notFound("No document " + id);
        }
    }

    @Override
    public String boom() {
        throw new IllegalStateException("secret internal detail: db password is hunter2");
    }

    private Document existing(String id) {
        Document d = documents.get(id);
        if (d == null) {
            throw HttpException.notFound("No document " + id);
        }
        return d;
    }
}
