package dev.kiln.processor.read;

import com.palantir.javapoet.ClassName;
import dev.kiln.codegen.model.Constraints;
import dev.kiln.codegen.model.RecordModel;
import dev.kiln.codegen.model.ValueType;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which records get a validator: those with a constraint on a component, and those whose {@code @Valid}
 * components reach such a record, however deep (records may refer to each other in cycles, so this is a
 * fixed point). A record whose validator is already on the classpath counts as validated. Cascades into
 * any other record are dropped, so generated code never calls a validator that does not exist.
 *
 * <p>Asked only about records that are fully read: everything they reach has been read too.
 */
final class Cascades {
    private final Map<ClassName, RecordModel> records;
    private final Predicate<ClassName> validatorOnClasspath;
    private Set<ClassName> validated = Set.of();
    private int computedFor = -1;

    Cascades(Map<ClassName, RecordModel> records, Predicate<ClassName> validatorOnClasspath) {
        this.records = records;
        this.validatorOnClasspath = validatorOnClasspath;
    }

    /** Whether {@code record} has something to check. */
    boolean validated(ClassName record) {
        if (computedFor != records.size()) {
            validated = compute();
            computedFor = records.size();
        }
        return validated.contains(record);
    }

    /** {@code constraints} of a value of {@code type}, without cascades into records that check nothing. */
    Constraints prune(Constraints constraints, ValueType type) {
        return ConstraintReader.prune(constraints, type, this::validated);
    }

    /** {@code model} with every component's cascades pruned. */
    RecordModel prune(RecordModel model) {
        return new RecordModel(model.type(), model.components().stream()
                .map(c -> new RecordModel.Component(c.name(), c.type(), prune(c.constraints(), c.type())))
                .toList());
    }

    private Set<ClassName> compute() {
        Set<ClassName> found = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (RecordModel record : records.values()) {
                if (!found.contains(record.type()) && (validatorOnClasspath.test(record.type())
                        || record.components().stream().anyMatch(c ->
                                ConstraintReader.checksSomething(c.constraints(), c.type(), found::contains)))) {
                    found.add(record.type());
                    changed = true;
                }
            }
        }
        return Set.copyOf(found);
    }
}
