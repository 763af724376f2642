package dev.kiln.runtime.messaging.redis;

import dev.kiln.runtime.messaging.DeadLetter;
import dev.kiln.runtime.messaging.Destination;
import dev.kiln.runtime.messaging.DestinationStats;
import dev.kiln.runtime.messaging.Envelope;
import dev.kiln.runtime.messaging.EnvelopeCodec;
import dev.kiln.runtime.messaging.GroupStats;
import dev.kiln.runtime.messaging.MessagingOperations;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operations API on Redis: XINFO GROUPS, XPENDING and XRANGE for the counts (lag is Redis 7's own figure
 * when it has one, else counted, at most {@value #LAG_CAP}); the dead letters are {@code <stream>:dlq}'s entries
 * with fields {@code envelope}, {@code error}, {@code attempts}, {@code group}, {@code stream}, {@code entry}.
 */
final class RedisOperations implements MessagingOperations {
    static final int LAG_CAP = 1_000;

    private final RedisTransport transport;

    RedisOperations(RedisTransport transport) {
        this.transport = transport;
    }

    @Override
    public List<DestinationStats> stats() {
        RedisCommands<String, String> commands = transport.commands();
        long now = redisNow(commands);
        List<DestinationStats> all = new ArrayList<>();
        transport.known().stream().sorted().forEach(destination -> {
            List<GroupStats> groups = new ArrayList<>();
            for (Map<String, Object> info : groups(destination.stream())) {
                groups.add(group(commands, destination.stream(), info, now));
            }
            groups.sort(Comparator.comparing(GroupStats::group));
            all.add(new DestinationStats(destination, groups, commands.xlen(destination.deadLetterStream())));
        });
        return all;
    }

    @Override
    public Optional<GroupStats> groupStats(Destination destination, String group) {
        RedisCommands<String, String> commands = transport.commands();
        for (Map<String, Object> info : groups(destination.stream())) {
            if (group.equals(String.valueOf(info.get("name")))) {
                return Optional.of(group(commands, destination.stream(), info, redisNow(commands)));
            }
        }
        return Optional.empty();
    }

    private static long redisNow(RedisCommands<String, String> commands) {
        List<String> time = commands.time();
        return Long.parseLong(time.get(0)) * 1000 + Long.parseLong(time.get(1)) / 1000;
    }

    private List<Map<String, Object>> groups(String stream) {
        List<Object> raw;
        try {
            raw = transport.commands().xinfoGroups(stream);
        } catch (RedisCommandExecutionException e) {
            return List.of();   // no such stream yet
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Object entry : raw) {
            List<?> fields = (List<?>) entry;
            Map<String, Object> map = new HashMap<>();
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                map.put(String.valueOf(fields.get(i)), fields.get(i + 1));
            }
            groups.add(map);
        }
        return groups;
    }

    private static GroupStats group(RedisCommands<String, String> commands, String stream, Map<String, Object> info,
                                    long now) {
        String name = String.valueOf(info.get("name"));
        long pending = ((Number) info.get("pending")).longValue();
        String lastDelivered = String.valueOf(info.get("last-delivered-id"));
        String oldest = null;
        if (pending > 0) {
            Range<String> ids = commands.xpending(stream, name).getMessageIds();
            oldest = ids.getLower().getValue();
        }
        Range<String> undelivered = Range.create(StreamIds.next(lastDelivered), "+");
        List<StreamMessage<String, String>> first = commands.xrange(stream, undelivered, Limit.from(1));
        long lag = 0;
        if (!first.isEmpty()) {
            String firstId = first.getFirst().getId();
            if (oldest == null || StreamIds.compare(firstId, oldest) < 0) {
                oldest = firstId;
            }
            Object reported = info.get("lag");
            lag = reported instanceof Number n ? n.longValue()
                    : commands.xrange(stream, undelivered, Limit.from(LAG_CAP)).size();
        }
        Duration age = oldest == null ? Duration.ZERO : Duration.ofMillis(Math.max(0, now - StreamIds.millis(oldest)));
        // Pending (delivered, not acknowledged) plus not yet delivered: everything the group still owes.
        return new GroupStats(name, pending + lag, lag, age);
    }

    @Override
    public long deadLetterCount(Destination destination) {
        return transport.commands().xlen(destination.deadLetterStream());
    }

    @Override
    public List<DeadLetter> deadLetters(Destination destination, int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        for (StreamMessage<String, String> entry : transport.commands().xrange(destination.deadLetterStream(),
                Range.unbounded(), Limit.from(limit))) {
            letters.add(letter(destination, entry));
        }
        return letters;
    }

    @Override
    public Optional<DeadLetter> deadLetter(Destination destination, String deadLetterId) {
        if (!StreamIds.valid(deadLetterId)) {
            return Optional.empty();   // Redis would refuse it as a range bound: no dead letter has that id
        }
        return transport.commands().xrange(destination.deadLetterStream(), Range.create(deadLetterId, deadLetterId))
                .stream().findFirst().map(entry -> letter(destination, entry));
    }

    private static DeadLetter letter(Destination destination, StreamMessage<String, String> entry) {
        Map<String, String> fields = entry.getBody();
        String raw = fields.getOrDefault(RedisTransport.ENVELOPE, "");
        Instant deadAt = Instant.ofEpochMilli(StreamIds.millis(entry.getId()));
        Envelope envelope;
        try {
            envelope = EnvelopeCodec.decode(raw.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            // Kept as it came, as a JSON string, under an envelope that says so.
            envelope = new Envelope(entry.getId(), "unknown", "unreadable", deadAt, null, null,
                    ("\"" + raw.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").getBytes(StandardCharsets.UTF_8));
        }
        return new DeadLetter(entry.getId(), destination, fields.get("group"), envelope, fields.get("error"),
                Integer.parseInt(fields.getOrDefault("attempts", "0")), deadAt);
    }

    @Override
    public boolean replay(Destination destination, String deadLetterId) {
        if (!StreamIds.valid(deadLetterId)) {
            return false;
        }
        transport.known().add(destination);
        Object id = transport.eval(RedisScripts.REPLAY, ScriptOutputType.VALUE,
                new String[] {destination.deadLetterStream(), destination.stream()}, deadLetterId);
        return id != null;
    }

    @Override
    public int replayAll(Destination destination) {
        int replayed = 0;
        while (true) {
            List<StreamMessage<String, String>> page = transport.commands().xrange(destination.deadLetterStream(),
                    Range.unbounded(), Limit.from(100));
            if (page.isEmpty()) {
                return replayed;
            }
            for (StreamMessage<String, String> entry : page) {
                if (replay(destination, entry.getId())) {
                    replayed++;
                }
            }
        }
    }

    @Override
    public long purgeDeadLetters(Destination destination) {
        Long purged = transport.eval(RedisScripts.PURGE, ScriptOutputType.INTEGER,
                new String[] {destination.deadLetterStream()});
        return purged == null ? 0 : purged;
    }
}
