package dev.kiln.runtime.data.outbox;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.data.Binder;
import dev.kiln.runtime.data.Database;
import dev.kiln.runtime.data.Transaction;
import dev.kiln.runtime.messaging.Messaging;
import dev.kiln.runtime.messaging.OrderEventsPublisher;
import dev.kiln.runtime.messaging.OrderPlaced;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Run by {@link OutboxCrashTest} as a separate JVM: commits {@code count} publications in one transaction to the
 * outbox of the database at {@code url}, says so, and waits to be killed before its relay ever runs.
 */
public final class OutboxCrashChild {
    private OutboxCrashChild() {}

    public static void main(String[] args) throws InterruptedException {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        KilnConfig config = KilnConfig.of(Map.of("kiln.datasource.url", url, "kiln.datasource.migrate", "false"));
        Database database = Database.create(config);
        database.start();
        Messaging messaging = Messaging.create(config, "orders");
        new OutboxRelay(database, messaging, OutboxSettings.from(config));   // installs the outbox; never started
        database.update("create", OutboxSql.CREATE, Binder.NONE);
        OrderEventsPublisher orders = new OrderEventsPublisher(messaging);
        Transaction transaction = database.transactions().begin(Transactional.TxType.REQUIRED);
        try {
            for (int i = 1; i <= count; i++) {
                orders.placed(new OrderPlaced(i, "crash", 1));
            }
            transaction.commit();
        } finally {
            transaction.close();
        }
        System.out.println("COMMITTED " + count);
        System.out.flush();
        new CountDownLatch(1).await();   // until SIGKILL
    }
}
