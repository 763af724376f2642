package dev.kiln.processor.tests;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** The class files of a compilation, loaded before the parent's (the test's class path has none of them). */
final class CompiledClasses extends ClassLoader {
    private final Map<String, JavaFileObject> classes = new HashMap<>();

    CompiledClasses(Compilation compilation, ClassLoader parent) {
        super(parent);
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", "");
                classes.put(path.substring(0, path.length() - ".class".length()).replace('/', '.'), file);
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        JavaFileObject file = classes.get(name);
        if (file == null) {
            throw new ClassNotFoundException(name);
        }
        try (InputStream in = file.openInputStream()) {
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
