package dev.kiln.it;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Answers what it was given: a route reached only when the router found nothing to complain about. */
@Singleton
final class ValidationService implements ValidationApi {

    @Inject
    ValidationService() {}

    @Override
    public Form submit(Form form) {
        return form;
    }

    @Override
    public String unchecked(Form form) {
        return form.name();
    }

    @Override
    public int labels(Set<String> labels, Set<String> code) {
        return labels.size() + code.size();
    }

    @Override
    public int items(List<Item> items) {
        return items.size();
    }

    @Override
    public String note(String note) {
        return note;
    }

    @Override
    public String params(long id, int limit, Optional<String> search, List<String> tag, Set<String> label,
                         String client, List<String> trace) {
        return id + " " + limit + " " + search.orElse("-") + " " + tag + " " + label + " " + client + " " + trace;
    }
}
