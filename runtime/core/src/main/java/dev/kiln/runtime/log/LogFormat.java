package dev.kiln.runtime.log;

import java.util.Locale;

/**
 * The shape of log lines, {@value #KEY}: one record per line in every shape.
 * <ul>
 *   <li>{@code text} (default): for people reading a terminal: time, level, logger, request id, message; a stack
 *   trace follows on its own lines</li>
 *   <li>{@code json}: one JSON object per line with Kiln's field names ({@code timestamp}, {@code level},
 *   {@code logger}, {@code message}, {@code trace_id}, {@code span_id}, {@code request_id}, {@code service.name},
 *   {@code exception.type}, {@code exception.message}, {@code exception.stacktrace})</li>
 *   <li>{@code ecs}: the same facts under Elastic Common Schema names ({@code @timestamp}, {@code log.level},
 *   {@code trace.id}, {@code error.stack_trace} …)</li>
 *   <li>{@code logstash}: logstash-logback-encoder's names ({@code @timestamp}, {@code @version},
 *   {@code logger_name}, {@code level_value}, {@code stack_trace} …)</li>
 * </ul>
 *
 * <pre>{@code
 * LogFormat format = LogFormat.of(config.get(LogFormat.KEY).orElse("text"));
 * }</pre>
 */
public enum LogFormat {
    TEXT, JSON, ECS, LOGSTASH;

    /** {@code kiln.log.format}. */
    public static final String KEY = "kiln.log.format";

    /** The format named {@code name} (any case); an unknown name is an error naming the key and the choices. */
    public static LogFormat of(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (LogFormat format : values()) {
            if (format.name().equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Configuration '" + KEY + "' is '" + name
                + "'; use text (the default), json, ecs or logstash");
    }

    /** The name as configured: {@code text}, {@code json}, {@code ecs}, {@code logstash}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
