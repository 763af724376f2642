package dev.kiln.it;

import dev.kiln.runtime.security.Principal;
import jakarta.inject.Inject;
import java.util.TreeSet;

/** Answers with what it was given, so tests see the principal the router injected. */
final class SecureService implements SecureApi {

    @Inject
    SecureService() {}

    @Override
    public String me(Principal principal) {
        return principal.name() + "|" + principal.scheme() + "|" + String.join(",", new TreeSet<>(principal.roles()))
                + "|" + String.join(",", new TreeSet<>(principal.scopes()));
    }

    @Override
    public String admin() {
        return "admin";
    }

    @Override
    public String reports() {
        return "reports";
    }

    @Override
    public String readOrders() {
        return "orders";
    }

    @Override
    public String writeOrder(String note) {
        return "written: " + note;
    }

    @Override
    public String closed() {
        throw new IllegalStateException("@DenyAll must keep every request out");
    }

    @Override
    public String open() {
        return "open";
    }

    @Override
    public String limited() {
        return "limited";
    }

    @Override
    public String limitedPerUser(Principal principal) {
        return "limited for " + principal.name();
    }

    @Override
    public String limitedGlobal() {
        return "limited for all";
    }

    @Override
    public String filtered() {
        return "handler";
    }
}
