package dev.kiln.processor.write;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.codegen.template.GeneratedFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes what the templates render through the {@link Filer}, each file with the elements it was
 * generated from, so that incremental builds know what to regenerate. It remembers what it wrote, so a
 * file (a codec reached by two services) is written once per compilation.
 *
 * <pre>{@code
 * writer.write(RouterTemplate.render(model), List.of(serviceInterface));
 * }</pre>
 */
public final class GeneratedFileWriter {
    private final Filer filer;
    private final Messager messager;
    private final Set<String> written = new HashSet<>();
    private int writtenThisRound;

    public GeneratedFileWriter(Filer filer, Messager messager) {
        this.filer = filer;
        this.messager = messager;
    }

    /** Whether a type of this name was written in this compilation. */
    public boolean wrote(String qualifiedName) {
        return written.contains(qualifiedName);
    }

    /**
     * How many sources were written since the last call; the processor asks once per round. Only sources
     * count: a source makes javac run another round, a resource does not.
     */
    public int takeWrittenThisRound() {
        int count = writtenThisRound;
        writtenThisRound = 0;
        return count;
    }

    /** Writes a Java source, with {@code originating} added to its type. */
    public void write(JavaFile file, List<? extends Element> originating) {
        String name = file.packageName().isEmpty()
                ? file.typeSpec().name()
                : file.packageName() + "." + file.typeSpec().name();
        if (!written.add(name)) {
            return;
        }
        TypeSpec.Builder type = file.typeSpec().toBuilder();
        originating.forEach(type::addOriginatingElement);
        try {
            GeneratedFiles.withType(file, type.build()).writeTo(filer);
            writtenThisRound++;
        } catch (IOException e) {
            failed(name, e, originating);
        }
    }

    /** Writes a class-output resource, such as an application's registry entry. */
    public void writeResource(String relativeName, String content, List<? extends Element> originating) {
        if (!written.add("resource:" + relativeName)) {
            return;
        }
        try {
            FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", relativeName,
                    originating.toArray(Element[]::new));
            try (Writer out = new OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
                out.write(content);
            }
        } catch (IOException e) {
            failed(relativeName, e, originating);
        }
    }

    /**
     * Adds {@code line} to the {@code META-INF/services} file {@code relativeName}, keeping the lines a former
     * compilation into the same class output wrote there: two compiler executions into one folder (a module with a
     * second application compiled apart) each add theirs, as AutoService does. Lines sorted, each once.
     */
    public void writeServiceEntry(String relativeName, String line, List<? extends Element> originating) {
        Set<String> lines = new TreeSet<>(existingLines(relativeName));
        lines.add(line);
        writeResource(relativeName, String.join("\n", lines) + "\n", originating);
    }

    private List<String> existingLines(String relativeName) {
        try {
            FileObject existing = filer.getResource(StandardLocation.CLASS_OUTPUT, "", relativeName);
            return existing.getCharContent(true).toString().lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException | IllegalArgumentException e) {
            return List.of();   // none yet (javac throws FileNotFoundException or NoSuchFileException for a missing file)
        }
    }

    // A Filer failure (a file another processor already wrote, a full disk) is the build's problem, not
    // the user's code's: say which file, on the element it was generated for.
    private void failed(String name, IOException e, List<? extends Element> originating) {
        String message = "[KilnWriteFailed] Kiln could not write " + name + ": " + e.getMessage();
        if (originating.isEmpty()) {
            messager.printMessage(Diagnostic.Kind.ERROR, message);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, message, originating.getFirst());
        }
    }
}
