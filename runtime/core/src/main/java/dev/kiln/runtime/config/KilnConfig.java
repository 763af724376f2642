package dev.kiln.runtime.config;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An application's configuration, read once at boot. Sources, highest precedence first:
 * <ol>
 *   <li>explicit overrides passed to {@link #load(Map, String...)} (tests, embedding);</li>
 *   <li>{@code --key=value} program arguments ({@code --flag} alone means {@code true});</li>
 *   <li>Java system properties ({@code -Dserver.port=9090});</li>
 *   <li>environment variables, mapped the Helidon way: {@code SERVER_PORT} is {@code server.port},
 *       {@code _DASH_} is a dash ({@code SERVER_MAX_DASH_PAYLOAD_DASH_SIZE} is {@code server.max-payload-size});</li>
 *   <li>{@code application.yaml} on the classpath, when present.</li>
 * </ol>
 *
 * <pre>{@code
 * KilnConfig config = KilnConfig.load(args);
 * int port = config.getInt("server.port", 8080);
 * Duration timeout = config.getDuration("kiln.clients.catalog.read-timeout", Duration.ofSeconds(30));
 * long maxBody = config.getBytes("server.max-payload-size", 10L << 20);   // "10MB" in YAML
 * List<String> origins = config.getList("kiln.cors.allowed-origins");   // YAML list or "a, b"
 * }</pre>
 */
public final class KilnConfig {
    private final Config config;

    private KilnConfig(Config config) {
        this.config = config;
    }

    /** Loads every source; {@code args} are the program arguments as given to {@code main}. */
    public static KilnConfig load(String... args) {
        return load(Map.of(), args);
    }

    /** Loads every source, with {@code overrides} above all of them. */
    public static KilnConfig load(Map<String, String> overrides, String... args) {
        Objects.requireNonNull(overrides, "overrides");
        Config config = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(Map.copyOf(overrides), "overrides"))
                .addSource(ConfigSources.create(arguments(args), "arguments"))
                .addSource(ConfigSources.systemProperties())
                .addSource(ConfigSources.environmentVariables())
                .addSource(ConfigSources.classpath("application.yaml").optional())
                .build();
        return new KilnConfig(config);
    }

    /** Exactly these values and nothing else: no environment, no system properties, no files. */
    public static KilnConfig of(Map<String, String> values) {
        Config config = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(Map.copyOf(values), "values"))
                .build();
        return new KilnConfig(config);
    }

    /** Wraps an existing Helidon configuration. */
    public static KilnConfig of(Config config) {
        return new KilnConfig(Objects.requireNonNull(config, "config"));
    }

    /** The value at a dotted key such as {@code server.port}, or empty when absent. */
    public Optional<String> get(String key) {
        Config node = config.get(key);
        return node.hasValue() ? node.asString().asOptional() : Optional.empty();
    }

    /** The value at {@code key}, or {@code defaultValue} when absent. */
    public String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    /** The value at {@code key}; an {@link IllegalStateException} naming the key and its sources when absent. */
    public String require(String key) {
        return get(key).orElseThrow(() -> new IllegalStateException("Missing required configuration '" + key
                + "': set it in application.yaml, as -D" + key + "=..., as --" + key
                + "=... or as environment variable " + environmentName(key)));
    }

    /** An integer; an {@link IllegalArgumentException} naming the key when it is not one. */
    public int getInt(String key, int defaultValue) {
        Optional<String> raw = get(key);
        return raw.isEmpty() ? defaultValue : ConfigValues.integer(key, raw.get());
    }

    /** A long integer; an {@link IllegalArgumentException} naming the key when it is not one. */
    public long getLong(String key, long defaultValue) {
        Optional<String> raw = get(key);
        return raw.isEmpty() ? defaultValue : ConfigValues.longInteger(key, raw.get());
    }

    /** {@code true} or {@code false}, any case. */
    public boolean getBoolean(String key, boolean defaultValue) {
        Optional<String> raw = get(key);
        return raw.isEmpty() ? defaultValue : ConfigValues.bool(key, raw.get());
    }

    /** A duration: ISO-8601 ({@code PT10S}) or a number with a unit ({@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, {@code 1d}). */
    public Duration getDuration(String key, Duration defaultValue) {
        Optional<String> raw = get(key);
        return raw.isEmpty() ? defaultValue : ConfigValues.duration(key, raw.get());
    }

    /** A size in bytes: {@code 1024}, {@code 64KB}, {@code 5MB}, {@code 1GB} (multiples of 1024). */
    public long getBytes(String key, long defaultValue) {
        Optional<String> raw = get(key);
        return raw.isEmpty() ? defaultValue : ConfigValues.bytes(key, raw.get());
    }

    /**
     * A list: a YAML list, or one comma-separated value ({@code GET, POST}); items stripped, blank items
     * dropped; empty when absent.
     */
    public List<String> getList(String key) {
        Config node = config.get(key);
        List<String> values = new ArrayList<>();
        if (node.type() == Config.Type.LIST) {
            for (Config element : node.asNodeList().get()) {
                element.asString().ifPresent(values::add);
            }
        } else if (node.hasValue()) {
            values.addAll(List.of(node.asString().get().split(",")));
        }
        values.replaceAll(String::strip);
        values.removeIf(String::isEmpty);
        return List.copyOf(values);
    }

    /** The underlying Helidon configuration, for Helidon components configured from it. */
    public Config helidon() {
        return config;
    }

    @Override
    public String toString() {
        return "KilnConfig";
    }

    /** The environment variable that sets {@code key}: {@code server.max-payload-size} → {@code SERVER_MAX_DASH_PAYLOAD_DASH_SIZE}. */
    static String environmentName(String key) {
        return key.replace("-", "_dash_").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static Map<String, String> arguments(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        if (args == null) {
            return values;
        }
        for (String arg : args) {
            // Arguments that are not --key[=value] belong to the application; leave them alone.
            if (arg == null || !arg.startsWith("--") || arg.length() == 2) {
                continue;
            }
            int eq = arg.indexOf('=');
            if (eq < 0) {
                values.put(arg.substring(2), "true");
            } else if (eq > 2) {
                values.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return values;
    }
}
