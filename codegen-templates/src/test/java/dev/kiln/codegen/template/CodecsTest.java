package dev.kiln.codegen.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.kiln.codegen.model.ScalarKind;
import dev.kiln.codegen.model.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared ValueType → codec expression mapping used by router, client and record codecs. */
class CodecsTest {
    private static final ValueType ORDER = new ValueType.RecordRef(Fixtures.ORDER);
    private static final ValueType OTHER_ORDER = new ValueType.RecordRef(ClassName.get("com.other", "Order"));

    @Test
    void singleValuesAreInline() {
        Codecs codecs = new Codecs(new Constants(new NameAllocator()));
        assertEquals("dev.kiln.runtime.json.JsonCodecs.INT", codecs.of(Fixtures.INT).toString());
        assertEquals("dev.kiln.runtime.json.JsonCodecs.INT", codecs.of(Fixtures.BOXED_INT).toString());
        assertEquals("dev.kiln.runtime.json.JsonCodecs.LOCAL_DATE_TIME",
                codecs.of(Fixtures.scalar(ScalarKind.LOCAL_DATE_TIME, ClassName.get(java.time.LocalDateTime.class))).toString());
        assertEquals("com.example.ColorJsonCodec.INSTANCE", codecs.of(Fixtures.COLOR_TYPE).toString());
        assertEquals("com.example.OrderJsonCodec.INSTANCE", codecs.of(ORDER).toString());
        assertEquals("com.example.NewOrder_LineJsonCodec.INSTANCE", codecs.of(new ValueType.RecordRef(Fixtures.LINE)).toString());
        assertEquals("dev.kiln.runtime.json.JsonCodecs.BYTES", codecs.of(new ValueType.Bytes()).toString());
        assertEquals("dev.kiln.runtime.json.JsonCodecs.DOUBLE_ARRAY",
                codecs.of(new ValueType.ArrayOf(Fixtures.scalar(ScalarKind.DOUBLE, TypeName.DOUBLE))).toString());
    }

    @Test
    void containersBecomeOneConstantEach() {
        Constants constants = new Constants(new NameAllocator());
        Codecs codecs = new Codecs(constants);
        assertEquals("LIST_OF_ORDER", codecs.of(new ValueType.ListOf(ORDER)).toString());
        assertEquals("LIST_OF_ORDER", codecs.of(new ValueType.ListOf(ORDER)).toString());
        assertEquals("MAP_OF_SET_OF_INT", codecs.of(new ValueType.MapOf(new ValueType.SetOf(Fixtures.BOXED_INT))).toString());
        assertEquals("OPTIONAL_OF_ARRAY_OF_COLOR",
                codecs.of(new ValueType.OptionalOf(new ValueType.ArrayOf(Fixtures.COLOR_TYPE))).toString());
        assertEquals(3, constants.fields().size());
        assertEquals("private static final dev.kiln.runtime.json.JsonCodec<java.util.Map<java.lang.String, "
                        + "java.util.Set<java.lang.Integer>>> MAP_OF_SET_OF_INT = "
                        + "dev.kiln.runtime.json.JsonCodecs.map(dev.kiln.runtime.json.JsonCodecs.set("
                        + "dev.kiln.runtime.json.JsonCodecs.INT));\n",
                constants.fields().get(1).toString());
        assertEquals("dev.kiln.runtime.json.JsonCodecs.optional(dev.kiln.runtime.json.JsonCodecs.array("
                        + "com.example.ColorJsonCodec.INSTANCE, com.example.Color[]::new))",
                constants.fields().get(2).initializer().toString());
    }

    @Test
    void sameNameDifferentTypesGetDistinctConstants() {
        Constants constants = new Constants(new NameAllocator());
        Codecs codecs = new Codecs(constants);
        assertEquals("LIST_OF_ORDER", codecs.of(new ValueType.ListOf(ORDER)).toString());
        assertEquals("LIST_OF_ORDER_", codecs.of(new ValueType.ListOf(OTHER_ORDER)).toString());
        assertEquals("LIST_OF_ORDER_", codecs.of(new ValueType.ListOf(OTHER_ORDER)).toString());
        assertEquals(List.of("LIST_OF_ORDER", "LIST_OF_ORDER_"),
                constants.fields().stream().map(f -> f.name()).toList());
    }

    @Test
    void codecTypeIsBoxed() {
        assertEquals(ParameterizedTypeName.get(ClassName.get("dev.kiln.runtime.json", "JsonCodec"), ClassName.get(Long.class)),
                Codecs.codecType(Fixtures.LONG));
    }

    @Test
    void rejectsGenericArraysAndVoid() {
        Codecs codecs = new Codecs(new Constants(new NameAllocator()));
        assertThrows(IllegalArgumentException.class,
                () -> codecs.of(new ValueType.ArrayOf(new ValueType.ListOf(Fixtures.STRING))));
        assertThrows(IllegalArgumentException.class, () -> codecs.of(new ValueType.Void()));
    }
}
