package dev.kiln.codegen.template;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.kiln.codegen.model.RecordModel;
import dev.kiln.codegen.model.ValueType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A Java expression with a non-empty sample value of each type, to build records in compiled probes. */
final class SampleValues {
    private SampleValues() {}

    static CodeBlock of(ValueType type) {
        return switch (type) {
            case ValueType.Scalar s -> switch (s.kind()) {
                case BOOLEAN -> CodeBlock.of("true");
                case BYTE -> CodeBlock.of("(byte) 1");
                case SHORT -> CodeBlock.of("(short) 2");
                case INT -> CodeBlock.of("3");
                case LONG -> CodeBlock.of("4L");
                case FLOAT -> CodeBlock.of("1.5f");
                case DOUBLE -> CodeBlock.of("2.5");
                case CHAR -> CodeBlock.of("'c'");
                case STRING -> CodeBlock.of("$S", "s");
                case ENUM -> CodeBlock.of("$T.GREEN", s.typeName());
                case UUID -> CodeBlock.of("$T.fromString($S)", UUID.class, "00000000-0000-0000-0000-000000000001");
                case BIG_DECIMAL -> CodeBlock.of("new $T($S)", BigDecimal.class, "1.50");
                case BIG_INTEGER -> CodeBlock.of("$T.TEN", BigInteger.class);
                case LOCAL_DATE -> CodeBlock.of("$T.of(2026, 1, 2)", LocalDate.class);
                case LOCAL_DATE_TIME -> CodeBlock.of("$T.of(2026, 1, 2, 3, 4)", LocalDateTime.class);
                case OFFSET_DATE_TIME -> CodeBlock.of("$T.of(2026, 1, 2, 3, 4, 5, 0, $T.UTC)", OffsetDateTime.class,
                        ZoneOffset.class);
                case INSTANT -> CodeBlock.of("$T.ofEpochSecond(1)", Instant.class);
                case DURATION -> CodeBlock.of("$T.ofSeconds(90)", Duration.class);
            };
            case ValueType.RecordRef r when r.typeName().equals(Fixtures.LINE) -> CodeBlock.of("new $T($S, 1)", r.typeName(), "k");
            case ValueType.RecordRef r -> throw new IllegalArgumentException("no sample for " + r);
            case ValueType.ListOf l -> CodeBlock.of("$T.of($L)", List.class, of(l.element()));
            case ValueType.SetOf s -> CodeBlock.of("$T.of($L)", Set.class, of(s.element()));
            case ValueType.MapOf m -> CodeBlock.of("$T.of($S, $L)", Map.class, "k", of(m.value()));
            case ValueType.OptionalOf o -> CodeBlock.of("$T.of($L)", Optional.class, of(o.element()));
            case ValueType.ArrayOf a -> CodeBlock.of("new $T {$L}", a.typeName(), of(a.element()));
            case ValueType.Bytes b -> CodeBlock.of("new $T {1, 2}", TypeName.get(byte[].class));
            case ValueType.Void v -> throw new IllegalArgumentException("void");
        };
    }

    /** {@code new Record(sample, sample, ...)}. */
    static CodeBlock newInstance(RecordModel record) {
        return CodeBlock.of("new $T($L)", record.type(), record.components().stream()
                .map(c -> of(c.type()))
                .collect(CodeBlock.joining(", ")));
    }
}
