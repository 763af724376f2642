package dev.kiln.samples.notifications;

import dev.kiln.KilnApplication;

/**
 * The notifications process: it subscribes to the orders topic ({@link OrderNotifier}) and works the emails queue
 * ({@link Mailer}). Its name, {@code notifications}, is its consumer group: it gets every order event once, whatever
 * other applications subscribe too, and its instances share them.
 */
@KilnApplication
public final class NotificationsApp {
    private NotificationsApp() {}

    public static void main(String[] args) {
        KilnNotificationsApp.run(args);
    }
}
