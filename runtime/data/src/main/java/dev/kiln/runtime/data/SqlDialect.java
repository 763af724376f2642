package dev.kiln.runtime.data;

/** The databases Kiln renders checked SQL for; chosen from {@code kiln.datasource.url}. */
public enum SqlDialect {
    POSTGRES,
    H2
}
