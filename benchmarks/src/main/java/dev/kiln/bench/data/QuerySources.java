package dev.kiln.bench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sources of {@link QueryCheckCost}: {@code tables} tables over 5 migrations (each table but the first
 * refers to the one before), and per table a record of its row and a repository of {@code methods} queries of the
 * kinds a service has (by id, by name, stream by status, count, sum, a LEFT JOIN to the parent, insert, insert
 * RETURNING, update, delete), cycling through them.
 */
final class QuerySources {
    private QuerySources() {}

    static List<Path> write(Path src, Path migrations, int tables, int methods) throws IOException {
        Files.createDirectories(migrations);
        int perFile = (tables + 4) / 5;
        for (int file = 0; file < 5; file++) {
            StringBuilder sql = new StringBuilder();
            for (int t = file * perFile; t < Math.min(tables, (file + 1) * perFile); t++) {
                sql.append("CREATE TABLE t").append(t).append(" (\n")
                        .append("    id         BIGSERIAL PRIMARY KEY,\n")
                        .append("    name       TEXT NOT NULL,\n")
                        .append("    amount     NUMERIC(12, 2) NOT NULL,\n")
                        .append("    status     VARCHAR(20) NOT NULL,\n")
                        .append("    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),\n")
                        .append("    note       TEXT,\n")
                        .append("    parent_id  BIGINT").append(t > 0 ? " REFERENCES t" + (t - 1) + " (id)" : "")
                        .append("\n);\nCREATE INDEX t").append(t).append("_name ON t").append(t).append(" (name);\n");
            }
            Files.writeString(migrations.resolve("V" + (file + 1) + "__tables_" + file + ".sql"), sql);
        }
        Path pkg = Files.createDirectories(src.resolve("bench/data"));
        List<Path> sources = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
            Path row = pkg.resolve("Row" + t + ".java");
            Files.writeString(row, """
                    package bench.data;

                    public record Row%1$d(long id, String name, java.math.BigDecimal amount, String status,
                            java.time.OffsetDateTime createdAt, String note) {}
                    """.formatted(t));
            sources.add(row);
            Path repository = pkg.resolve("Repository" + t + ".java");
            Files.writeString(repository, repository(t, methods));
            sources.add(repository);
        }
        return sources;
    }

    private static String repository(int t, int methods) {
        String columns = "id, name, amount, status, created_at, note";
        String parent = "t" + Math.max(t - 1, 0);
        String[] kinds = {
            "@Query(\"SELECT " + columns + " FROM t%1$d WHERE id = :id\")\n    java.util.Optional<Row%1$d> find%2$d(long id);",
            "@Query(\"SELECT " + columns + " FROM t%1$d WHERE name = :name ORDER BY id\")\n    java.util.List<Row%1$d> byName%2$d(String name);",
            "@Query(\"SELECT " + columns + " FROM t%1$d WHERE status = :status AND created_at > :after\")\n    java.util.stream.Stream<Row%1$d> byStatus%2$d(String status, java.time.OffsetDateTime after);",
            "@Query(\"SELECT count(*) FROM t%1$d WHERE status = :status\")\n    long count%2$d(String status);",
            "@Query(\"SELECT sum(amount) FROM t%1$d WHERE name LIKE :pattern\")\n    java.util.Optional<java.math.BigDecimal> total%2$d(String pattern);",
            "@Query(\"SELECT c.name, p.name AS parent_name FROM t%1$d c LEFT JOIN " + parent + " p ON p.id = c.parent_id WHERE c.id = :id\")\n    java.util.List<Pair%1$d_%2$d> withParent%2$d(long id);",
            "@Query(\"INSERT INTO t%1$d (name, amount, status) VALUES (:name, :amount, 'NEW')\")\n    int insert%2$d(String name, java.math.BigDecimal amount);",
            "@Query(\"INSERT INTO t%1$d (name, amount, status, note) VALUES (:name, :amount, :status, :note) RETURNING id\")\n    long create%2$d(String name, java.math.BigDecimal amount, String status, java.util.Optional<String> note);",
            "@Query(\"UPDATE t%1$d SET status = :status, amount = amount + :delta WHERE id = :id\")\n    int update%2$d(long id, String status, java.math.BigDecimal delta);",
            "@Query(\"DELETE FROM t%1$d WHERE created_at < :before\")\n    void purge%2$d(java.time.OffsetDateTime before);",
        };
        StringBuilder out = new StringBuilder("package bench.data;\n\nimport dev.kiln.Query;\nimport dev.kiln.Repository;\n\n")
                .append("@Repository\npublic interface Repository").append(t).append(" {\n");
        for (int m = 0; m < methods; m++) {
            if (m % kinds.length == 5) {
                out.append("    record Pair").append(t).append('_').append(m)
                        .append("(String name, String parentName) {}\n\n");
            }
            out.append("    ").append(kinds[m % kinds.length].formatted(t, m)).append("\n\n");
        }
        return out.append("}\n").toString();
    }
}
