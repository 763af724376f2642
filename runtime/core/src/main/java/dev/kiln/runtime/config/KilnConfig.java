package dev.kiln.runtime.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
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
    private static final String APPLICATION_YAML = "application.yaml";
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^A-Za-z0-9]");

    /**
     * The sources as flat maps, highest precedence first: overrides, arguments and system properties merged
     * (all use dotted keys); the environment by variable name; {@code application.yaml} by dotted key, lists
     * flattened the usual way ({@code methods: [GET, POST]} is {@code methods.0=GET}, {@code methods.1=POST}).
     * Read once: flat maps cost a fraction of a configuration tree at startup, and nothing here changes while
     * the application runs.
     */
    private final Map<String, String> explicit;
    private final Map<String, String> environment;
    private final Map<String, String> file;

    private KilnConfig(Map<String, String> explicit, Map<String, String> environment, Map<String, String> file) {
        this.explicit = explicit;
        this.environment = environment;
        this.file = file;
    }

    /** Loads every source; {@code args} are the program arguments as given to {@code main}. */
    public static KilnConfig load(String... args) {
        return load(Map.of(), args);
    }

    /** Loads every source, with {@code overrides} above all of them. */
    public static KilnConfig load(Map<String, String> overrides, String... args) {
        Objects.requireNonNull(overrides, "overrides");
        Map<String, String> explicit = new HashMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            explicit.put(name, System.getProperty(name));
        }
        explicit.putAll(arguments(args));   // each source overwrites the one below it
        explicit.putAll(overrides);
        return new KilnConfig(Map.copyOf(explicit), Map.copyOf(System.getenv()), Map.copyOf(classpathYaml()));
    }

    /** Exactly these values and nothing else: no environment, no system properties, no files. */
    public static KilnConfig of(Map<String, String> values) {
        return new KilnConfig(Map.copyOf(values), Map.of(), Map.of());
    }

    /** Exactly the values of this YAML document (tests, embedding). */
    public static KilnConfig ofYaml(String yaml) {
        return new KilnConfig(Map.of(), Map.of(), Map.copyOf(yaml(new StringReader(yaml), "the YAML given")));
    }

    /**
     * The value at a dotted key such as {@code server.port}, or empty when absent. The environment is asked
     * for the key as written, with every character other than a letter or digit as {@code _}, the same in
     * upper case ({@code SERVER_PORT}), and with dashes as {@code _DASH_} ({@code SERVER_MAX_DASH_PAYLOAD_DASH_SIZE}).
     */
    public Optional<String> get(String key) {
        String value = explicit.get(key);
        if (value == null && !environment.isEmpty()) {
            value = fromEnvironment(key);
        }
        if (value == null) {
            value = file.get(key);
        }
        return Optional.ofNullable(value);
    }

    private String fromEnvironment(String key) {
        String value = environment.get(key);
        if (value == null) {
            String underscored = NOT_LETTER_OR_DIGIT.matcher(key).replaceAll("_");
            value = environment.get(underscored);
            if (value == null) {
                value = environment.get(underscored.toUpperCase(Locale.ROOT));
            }
            if (value == null && key.indexOf('-') >= 0) {
                value = environment.get(environmentName(key));
            }
        }
        return value;
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
        List<String> items = new ArrayList<>();
        Optional<String> single = get(key);
        if (single.isPresent()) {
            items.addAll(List.of(single.get().split(",")));
        } else {
            for (int i = 0; ; i++) {
                Optional<String> item = get(key + "." + i);
                if (item.isEmpty()) {
                    break;
                }
                items.add(item.get());
            }
        }
        items.replaceAll(String::strip);
        items.removeIf(String::isEmpty);
        return List.copyOf(items);
    }

    /**
     * The names directly under {@code key}, sorted: for {@code kiln.security.basic.users} with users
     * {@code alice} and {@code bob} below it, {@code [alice, bob]}. Empty when nothing is below it. Names come
     * from every source; an environment variable counts under its dotted lower-case name
     * ({@code KILN_SECURITY_BASIC_USERS_ALICE_PASSWORD} names {@code alice} under {@code kiln.security.basic.users}).
     */
    public List<String> childNames(String key) {
        String prefix = key + ".";
        TreeSet<String> names = new TreeSet<>();
        List<String> keys = new ArrayList<>(explicit.keySet());
        keys.addAll(file.keySet());
        for (String name : environment.keySet()) {
            keys.add(name.replace("_DASH_", "-").replace("_dash_", "-").replace('_', '.').toLowerCase(Locale.ROOT));
        }
        for (String candidate : keys) {
            if (candidate.startsWith(prefix) && candidate.length() > prefix.length()) {
                int dot = candidate.indexOf('.', prefix.length());
                names.add(dot < 0 ? candidate.substring(prefix.length()) : candidate.substring(prefix.length(), dot));
            }
        }
        return List.copyOf(names);
    }

    @Override
    public String toString() {
        return "KilnConfig";
    }

    /** The environment variable that sets {@code key}: {@code server.max-payload-size} → {@code SERVER_MAX_DASH_PAYLOAD_DASH_SIZE}. */
    static String environmentName(String key) {
        return key.replace("-", "_dash_").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static Map<String, String> classpathYaml() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader == null ? KilnConfig.class.getClassLoader() : loader)
                .getResourceAsStream(APPLICATION_YAML)) {
            return in == null ? Map.of() : yaml(new InputStreamReader(in, StandardCharsets.UTF_8), APPLICATION_YAML);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + APPLICATION_YAML + " from the classpath", e);
        }
    }

    /**
     * A YAML document flattened to dotted keys. Scalars keep their text as written (no YAML typing: a date
     * stays the text of the date); nulls are absent.
     */
    private static Map<String, String> yaml(Reader reader, String source) {
        Node root;
        try {
            // The composer alone: nodes with their text, without the object construction (and classes) of Yaml.
            LoaderOptions options = new LoaderOptions();
            root = new Composer(new ParserImpl(new StreamReader(reader), options), new Resolver(), options).getSingleNode();
        } catch (YAMLException e) {
            throw new IllegalStateException(source + " is not valid YAML: " + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (root != null) {
            flatten("", root, values, source);
        }
        return values;
    }

    private static void flatten(String key, Node node, Map<String, String> values, String source) {
        switch (node) {
            case MappingNode mapping -> {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode name)) {
                        throw new IllegalStateException(source + ": the keys under '" + key + "' must be plain names");
                    }
                    flatten(key.isEmpty() ? name.getValue() : key + "." + name.getValue(), tuple.getValueNode(),
                            values, source);
                }
            }
            case SequenceNode sequence -> {
                List<Node> items = sequence.getValue();
                for (int i = 0; i < items.size(); i++) {
                    flatten(key + "." + i, items.get(i), values, source);
                }
            }
            case ScalarNode scalar -> {
                if (!Tag.NULL.equals(scalar.getTag())) {
                    values.put(key, scalar.getValue());
                }
            }
            default -> throw new IllegalStateException(source + ": unsupported YAML at '" + key + "'");
        }
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
