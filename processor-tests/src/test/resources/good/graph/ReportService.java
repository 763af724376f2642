package graph;

import jakarta.inject.Inject;
import jakarta.inject.Provider;

final class ReportService implements ReportApi {
    private final Provider<Reporter> reporter;

    @Inject
    ReportService(Provider<Reporter> reporter) {
        this.reporter = reporter;
    }

    @Override
    public String latest() {
        return reporter.get().render();
    }
}
