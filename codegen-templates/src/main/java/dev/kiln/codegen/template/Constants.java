package dev.kiln.codegen.template;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The {@code private static final} constants of one generated class. Asking twice for the same key
 * returns the same constant; names come from the class's {@link NameAllocator}, so two keys that
 * suggest the same name get distinct ones, and constants never clash with the class's other members.
 * Fields are emitted in the order they were first asked for, which templates make deterministic.
 */
final class Constants {
    private final NameAllocator names;
    private final Map<String, String> byKey = new HashMap<>();
    private final List<FieldSpec> fields = new ArrayList<>();

    Constants(NameAllocator names) {
        this.names = names;
    }

    /** The name of the constant for {@code key}, declaring it on first use. */
    String get(String key, String suggestedName, TypeName type, CodeBlock initializer) {
        String existing = byKey.get(key);
        if (existing != null) {
            return existing;
        }
        String name = names.newName(suggestedName);
        byKey.put(key, name);
        fields.add(FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(initializer)
                .build());
        return name;
    }

    /** The declared constants, in order of first use. */
    List<FieldSpec> fields() {
        return List.copyOf(fields);
    }
}
