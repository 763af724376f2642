package dev.kiln.bench.messaging;

import dev.kiln.runtime.messaging.Dispatcher;
import dev.kiln.runtime.messaging.InMemoryTransport;
import dev.kiln.runtime.messaging.Messaging;
import dev.kiln.runtime.messaging.MessagingSettings;
import dev.kiln.runtime.messaging.Subscription;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Events dispatched per second to one subscriber, publish → handler invoked, end to end: an invocation publishes
 * {@value #EVENTS} events through the generated {@code TickEventsPublisher} on the in-process transport and waits
 * until the subscriber (subscribed as the generated dispatcher subscribes, its handler counting) has handled
 * them all; JMH divides by {@value #EVENTS}, so the score is events/s. Beside it, in the same run:
 * <ul>
 *   <li>{@code synchronousLoop}: {@code for (handler : handlers) handler.accept(event)} on the publishing thread,
 *       the ceiling (Guava's EventBus with its direct executor is this loop plus its own lookups);</li>
 *   <li>{@code handOffQueue}: the same handler on one platform thread fed through an {@link ArrayBlockingQueue}
 *       of the transport's default capacity: the asynchronous hand-off a careful engineer writes by hand.</li>
 * </ul>
 * Every contender publishes the same {@link Tick} object, so {@code -prof gc}'s B/op is what the bus allocates.
 *
 * <pre>{@code
 * java -jar target/benchmarks.jar MessagingBenchmark -f 1 -wi 5 -w 2s -i 5 -r 2s -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(MessagingBenchmark.EVENTS)
public class MessagingBenchmark {
    static final int EVENTS = 100_000;
    private static final Tick TICK = new Tick(42);

    /** {@code 1}: the one handler thread of the target; {@code 16}: {@code kiln.messaging.concurrency}'s default. */
    @Param({"1"})
    public int concurrency;

    private final Counter kilnCounter = new Counter();
    private final Counter loopCounter = new Counter();
    private final Counter queueCounter = new Counter();
    private InMemoryTransport transport;
    private Dispatcher dispatcher;
    private TickEvents events;
    private List<Consumer<Tick>> handlers;
    private ArrayBlockingQueue<Tick> queue;
    private Thread queueConsumer;

    @Setup(Level.Trial)
    public void setUp() {
        MessagingSettings settings = MessagingSettings.DEFAULTS;
        transport = new InMemoryTransport(settings.memoryCapacity(), settings.publishTimeout(), Clock.systemUTC());
        // As KilnBenchDispatcher would be generated for "@Subscribe void on(Tick tick)".
        dispatcher = Messaging.create(transport, "subscriber", settings, Clock.systemUTC()).dispatcher()
                .subscribe(Subscription.events("ticks", "tick", TickJsonCodec.INSTANCE,
                        concurrency == 1 ? (tick, context) -> kilnCounter.count(tick)
                                : (tick, context) -> kilnCounter.countShared(tick)).concurrency(concurrency));
        dispatcher.start();
        events = new TickEventsPublisher(Messaging.create(transport, "publisher", settings, Clock.systemUTC()));

        handlers = List.of(loopCounter::count);

        queue = new ArrayBlockingQueue<>(settings.memoryCapacity());
        queueConsumer = Thread.ofPlatform().name("hand-off").daemon().start(() -> {
            try {
                while (true) {
                    queueCounter.count(queue.take());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        dispatcher.stop();
        transport.close();
        queueConsumer.interrupt();
    }

    @Benchmark
    public long inProcess() {
        long target = kilnCounter.get() + EVENTS;
        for (int i = 0; i < EVENTS; i++) {
            events.tick(TICK);
        }
        kilnCounter.awaitAtLeast(target);
        return target;
    }

    @Benchmark
    public long synchronousLoop() {
        for (int i = 0; i < EVENTS; i++) {
            for (Consumer<Tick> handler : handlers) {
                handler.accept(TICK);
            }
        }
        return loopCounter.get();
    }

    @Benchmark
    public long handOffQueue() throws InterruptedException {
        long target = queueCounter.get() + EVENTS;
        for (int i = 0; i < EVENTS; i++) {
            queue.put(TICK);
        }
        queueCounter.awaitAtLeast(target);
        return target;
    }
}
