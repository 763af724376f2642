package credentials;

import jakarta.inject.Inject;

final class NoticeService implements NoticeApi {
    private final MailApi mail;

    @Inject
    NoticeService(MailApi mail) {
        this.mail = mail;
    }

    @Override
    public void post(String text) {
        mail.send(text);
    }
}
