package graph;

import jakarta.inject.Inject;

/** Not a lifecycle component itself, but what it needs is. */
final class Reporter {
    private final MailApi mail;
    private final Archive archive;

    @Inject
    Reporter(MailApi mail, Archive archive) {
        this.mail = mail;
        this.archive = archive;
    }

    String render() {
        mail.send("rendered");
        return archive.name();
    }
}
