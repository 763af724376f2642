package dev.kiln.runtime.testapp;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** A MicroProfile Health answer as tests read it: overall status, and each check by name. */
public record HealthDocument(int httpStatus, String status, List<Map<String, Object>> checks) {

    @SuppressWarnings("unchecked")
    public static HealthDocument of(HttpResponse<String> response) {
        Map<String, Object> root = JsonTree.object(response.body());
        if (root.size() != 2 || !root.containsKey("status") || !root.containsKey("checks")) {
            throw new AssertionError("Not a health document: " + response.body());
        }
        return new HealthDocument(response.statusCode(), (String) root.get("status"),
                (List<Map<String, Object>>) root.get("checks"));
    }

    public List<String> names() {
        return checks.stream().map(c -> (String) c.get("name")).toList();
    }

    public Map<String, Object> check(String name) {
        return checks.stream().filter(c -> name.equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("No check " + name + " in " + checks));
    }

    public String status(String name) {
        return (String) check(name).get("status");
    }

    /** The check's data; empty when it has none. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> data(String name) {
        return (Map<String, Object>) check(name).getOrDefault("data", Map.of());
    }
}
