package dev.kiln.runtime.registry.redis;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.health.HealthResult;
import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonDecodeException;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.registry.ServiceInstanceJsonCodec;
import dev.kiln.runtime.registry.ServiceRegistry;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code kiln.registry.type=redis}: a registry every instance shares through Redis. Each registered instance
 * is a key with a ttl ({@code kiln.registry.ttl}, 10s) that a heartbeat ({@code kiln.registry.heartbeat}, 3s)
 * renews; an instance that dies without deregistering (kill -9) is gone from every view within ttl + one
 * heartbeat. Registrations, status changes and deregistrations are published, so that other instances' views
 * (and the clients watching them) change at once; every heartbeat also re-reads the whole registry as a
 * safety net. {@link #lookup} and {@link #snapshot} answer from memory: a client's call never waits for Redis.
 *
 * <p>Failures: Redis unreachable at start-up fails the start, naming the address. Later, the last view is
 * kept, {@link #health()} is DOWN naming the address, heartbeats keep trying, and this instance's entries
 * are written again as soon as Redis answers, without a restart. All Redis work runs on one thread of the
 * registry's own, so registrations, renewals and deregistrations never overtake one another.
 *
 * <pre>{@code
 * ServiceRegistry registry = RedisServiceRegistry.create(KilnConfig.of(Map.of(
 *         "kiln.registry.redis.uri", "redis://10.0.0.9:6379", "kiln.registry.ttl", "10s")));
 * registry.register(ServiceInstance.of(id, "orders", OrderApiRouter.DESCRIPTOR, uri, InstanceStatus.UP, now));
 * }</pre>
 */
public final class RedisServiceRegistry implements ServiceRegistry {
    private static final System.Logger LOGGER = System.getLogger(RedisServiceRegistry.class.getName());
    private static final int REGISTER = 0;
    private static final int DEREGISTER = 1;
    private static final int READ = 2;
    private static final String[] READ_KEYS = {RegistryKeys.SERVICES, RegistryKeys.EPOCH};

    private final RedisRegistrySettings settings;
    private final RegistryView view = new RegistryView();
    /**
     * Keys of instances deregistered here whose removal from Redis is still queued: a re-read queued before it
     * (a change message of their own registration) must not bring them back into the view.
     */
    private final Set<String> leaving = ConcurrentHashMap.newKeySet();
    /** This instance's own entries, renewed by the heartbeat. Only touched on the registry thread. */
    private final Map<String, ServiceInstance> owned = new LinkedHashMap<>();
    private final ScheduledExecutorService thread;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final RedisConnection redis;
    /** The one thread Redis work runs on; a watcher that registers from it runs its change inline. */
    private volatile Thread registryThread;
    /** Why the last Redis command failed; null while Redis answers. */
    private volatile String failure;
    /**
     * Until when ({@link System#nanoTime}) entries missing from Redis are kept in the view: one ttl after an
     * outage ends. A Redis that restarted empty would otherwise empty every view before the live instances have
     * written their entries again (within a heartbeat); a dead one still leaves within the ttl.
     */
    private volatile long keepMissingUntil = System.nanoTime();
    /** The registry epoch last read; a different one means Redis lost its data. Registry thread only. */
    private String epoch;

    private RedisServiceRegistry(RedisRegistrySettings settings) {
        this.settings = settings;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = Thread.ofPlatform().daemon().name("kiln-registry-redis").unstarted(runnable);
            registryThread = t;
            return t;
        });
        try {
            this.redis = RedisConnection.connect(settings, RegistryKeys.CHANNEL, this::changed,
                    RegistryScripts.REGISTER, RegistryScripts.DEREGISTER, RegistryScripts.READ);
            view.replaceAll(read(""), false);
        } catch (RuntimeException e) {
            thread.shutdownNow();
            throw e;
        }
        long period = settings.heartbeat().toNanos();
        thread.scheduleWithFixedDelay(this::heartbeat, period, period, TimeUnit.NANOSECONDS);
    }

    /** A registry on the Redis {@code kiln.registry.redis.uri} names; see {@link RedisRegistrySettings}. */
    public static RedisServiceRegistry create(KilnConfig config) {
        return create(RedisRegistrySettings.from(config));
    }

    /** A registry with these settings; connects at once and fails naming the address when it cannot. */
    public static RedisServiceRegistry create(RedisRegistrySettings settings) {
        return new RedisServiceRegistry(Objects.requireNonNull(settings, "settings"));
    }

    @Override
    public void register(ServiceInstance instance) {
        Objects.requireNonNull(instance, "instance");
        view.put(instance);
        onRegistryThread(() -> {
            owned.put(RegistryKeys.instance(instance), instance);
            write(instance, true);
        });
    }

    @Override
    public void deregister(ServiceInstance instance) {
        Objects.requireNonNull(instance, "instance");
        leaving.add(RegistryKeys.instance(instance));
        view.remove(instance);
        onRegistryThread(() -> {
            owned.remove(RegistryKeys.instance(instance));
            try {
                redis.eval(DEREGISTER, RegistryScripts.DEREGISTER, ScriptOutputType.INTEGER,
                        new String[] {RegistryKeys.instance(instance), RegistryKeys.index(instance.serviceName())},
                        instance.id(), instance.serviceName(), RegistryKeys.CHANNEL);
                succeeded();
            } catch (RuntimeException e) {
                failed("deregistering " + instance.serviceName() + " " + instance.id() + " (its entry expires"
                        + " after " + settings.ttl() + ")", e);
            } finally {
                leaving.remove(RegistryKeys.instance(instance));
            }
        });
    }

    @Override
    public List<ServiceInstance> lookup(String serviceName) {
        return view.lookup(serviceName);
    }

    @Override
    public Map<String, List<ServiceInstance>> snapshot() {
        return view.snapshot();
    }

    @Override
    public AutoCloseable watch(String serviceName, Runnable listener) {
        return view.watch(serviceName, listener);
    }

    @Override
    public HealthResult health() {
        String reason = failure;
        if (reason == null && !redis.isOpen()) {
            reason = "not connected";
        }
        return reason == null
                ? HealthResult.up().withData("redis", redis.address())
                : HealthResult.down("Redis registry at " + redis.address() + " unreachable: " + reason)
                        .withData("redis", redis.address());
    }

    /** Stops the heartbeat and closes the connections; entries still registered expire after the ttl. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        thread.shutdownNow();
        try {
            thread.awaitTermination(settings.timeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        redis.close();
    }

    /** Renews this instance's entries and re-reads everything: the safety net behind pub/sub. */
    private void heartbeat() {
        try {
            beat();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: the heartbeat must survive anything.
            failed("the heartbeat", e);
        }
    }

    private void beat() {
        Instant now = Instant.now();
        boolean renewed = true;
        for (Map.Entry<String, ServiceInstance> entry : owned.entrySet()) {
            ServiceInstance beat = entry.getValue().withHeartbeat(now);
            entry.setValue(beat);
            renewed &= write(beat, false);
        }
        if (!renewed) {
            return; // failed() said why; the next heartbeat tries again
        }
        try {
            List<ServiceInstance> read = withoutLeaving(read(""));
            succeeded();
            view.replaceAll(read, afterOutage());
        } catch (RuntimeException e) {
            failed("re-reading the registry (keeping the last view)", e);
        }
    }

    /** A message on the change channel: re-read that service, off Lettuce's event loop. */
    private void changed(String service) {
        try {
            thread.execute(() -> {
                try {
                    List<ServiceInstance> read = withoutLeaving(read(service));
                    succeeded();
                    view.replaceService(service, read, afterOutage());
                } catch (RuntimeException e) {
                    failed("re-reading service " + service, e);
                }
            });
        } catch (RejectedExecutionException closing) {
            // closed meanwhile
        }
    }

    private List<ServiceInstance> withoutLeaving(List<ServiceInstance> read) {
        return leaving.isEmpty() ? read : read.stream().filter(i -> !leaving.contains(RegistryKeys.instance(i))).toList();
    }

    private boolean write(ServiceInstance instance, boolean announce) {
        try {
            String json = new String(Json.encode(ServiceInstanceJsonCodec.INSTANCE, instance), StandardCharsets.UTF_8);
            Long existed = redis.eval(REGISTER, RegistryScripts.REGISTER, ScriptOutputType.INTEGER,
                    new String[] {RegistryKeys.instance(instance), RegistryKeys.index(instance.serviceName()),
                            RegistryKeys.SERVICES},
                    json, Long.toString(settings.ttl().toMillis()), instance.id(), instance.serviceName(),
                    announce ? "1" : "0", RegistryKeys.CHANNEL);
            if (!announce && existed != null && existed == 0L) {
                LOGGER.log(System.Logger.Level.INFO, () -> "Registered " + instance.serviceName() + " "
                        + instance.id() + " again in Redis at " + redis.address() + " (its entry had expired)");
            }
            succeeded();
            return true;
        } catch (RuntimeException e) {
            failed("registering " + instance.serviceName() + " " + instance.id(), e);
            return false;
        }
    }

    private List<ServiceInstance> read(String service) {
        List<String> entries = redis.eval(READ, RegistryScripts.READ, ScriptOutputType.MULTI, READ_KEYS,
                RegistryKeys.PREFIX, service, UUID.randomUUID().toString());
        String readEpoch = entries.getFirst();
        if (epoch != null && !epoch.equals(readEpoch)) {
            // Redis restarted empty (or was flushed): live instances write their entries again within a heartbeat.
            keepMissingUntil = System.nanoTime() + settings.ttl().toNanos();
            LOGGER.log(System.Logger.Level.INFO, () -> "Redis registry at " + redis.address() + " lost its entries;"
                    + " keeping the last view for " + settings.ttl() + " while instances register again");
        }
        epoch = readEpoch;
        entries = entries.subList(1, entries.size());
        List<ServiceInstance> instances = new ArrayList<>(entries.size());
        for (String entry : entries) {
            try {
                instances.add(Json.decode(ServiceInstanceJsonCodec.INSTANCE, entry.getBytes(StandardCharsets.UTF_8)));
            } catch (JsonDecodeException e) {
                LOGGER.log(System.Logger.Level.WARNING, () -> "Skipping an unreadable registry entry: " + e.getMessage());
            }
        }
        return instances;
    }

    private boolean afterOutage() {
        return System.nanoTime() - keepMissingUntil < 0;
    }

    private void succeeded() {
        if (failure != null) {
            keepMissingUntil = System.nanoTime() + settings.ttl().toNanos();
            failure = null;
            LOGGER.log(System.Logger.Level.INFO, () -> "Redis registry at " + redis.address() + " reachable again");
        }
    }

    private void failed(String doing, RuntimeException e) {
        if (closed.get()) {
            return; // close() interrupted the command: not an outage
        }
        boolean first = failure == null;
        failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (first) {
            LOGGER.log(System.Logger.Level.WARNING, () -> "Redis registry at " + redis.address() + " failed "
                    + doing + ": " + failure + "; keeping the last known view and retrying every "
                    + settings.heartbeat());
        }
    }

    /** Runs {@code task} on the registry thread and waits for it, a little longer than one command may take. */
    private void onRegistryThread(Runnable task) {
        if (closed.get()) {
            return;
        }
        if (Thread.currentThread() == registryThread) {
            task.run(); // called from a watcher: waiting for our own thread would wait forever
            return;
        }
        Future<?> done;
        try {
            done = thread.submit(task);
        } catch (RejectedExecutionException closing) {
            return;
        }
        try {
            done.get(settings.timeout().toMillis() * 3 + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOGGER.log(System.Logger.Level.WARNING, "Redis registry at " + redis.address() + " is slow; the change"
                    + " is applied in the background", e);
        }
    }

    @Override
    public String toString() {
        return "RedisServiceRegistry[" + redis.address() + "]";
    }
}
