package dev.kiln.processor;

import com.palantir.javapoet.ClassName;
import dev.kiln.codegen.model.EnumModel;
import dev.kiln.codegen.model.RecordModel;
import dev.kiln.codegen.template.EnumCodecTemplate;
import dev.kiln.codegen.template.RecordCodecTemplate;
import dev.kiln.processor.read.TypeReader;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Writes the JSON codecs of records and enums a step needs (message payloads, cached values): each once per
 * compilation (a service may have written it), and not at all when the class path has one.
 */
final class CodecFiles {
    private final Elements elements;
    private final Output output;

    CodecFiles(Elements elements, Output output) {
        this.elements = elements;
        this.output = output;
    }

    /** The codecs of what {@code reachable} holds, originating from {@code user} (and each type's own source). */
    void write(TypeReader.Reachable reachable, TypeElement user) {
        for (RecordModel record : reachable.records()) {
            write(record, user);
        }
        for (EnumModel e : reachable.enums()) {
            if (needsCodec(e.codecName())) {
                output.writer().write(EnumCodecTemplate.render(e), originating(e.type(), user));
            }
        }
    }

    /** The codec of one record. */
    void write(RecordModel record, TypeElement user) {
        if (needsCodec(record.codecName())) {
            output.writer().write(RecordCodecTemplate.render(record), originating(record.type(), user));
        }
    }

    private boolean needsCodec(ClassName codec) {
        return !output.writer().wrote(codec.canonicalName()) && elements.getTypeElement(codec.canonicalName()) == null;
    }

    private List<Element> originating(ClassName type, TypeElement user) {
        TypeElement element = elements.getTypeElement(type.canonicalName());
        return element == null || element.equals(user) ? List.of(user) : List.of(element, user);
    }
}
