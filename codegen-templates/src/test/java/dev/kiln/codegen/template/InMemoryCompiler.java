package dev.kiln.codegen.template;

import com.palantir.javapoet.JavaFile;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated and hand-written sources with the JDK's compiler against the test class path. */
final class InMemoryCompiler {
    private final List<JavaFileObject> sources = new ArrayList<>();

    InMemoryCompiler add(JavaFile file) {
        return add(file.packageName().isEmpty() ? file.typeSpec().name()
                : file.packageName() + "." + file.typeSpec().name(), file.toString());
    }

    InMemoryCompiler add(String qualifiedName, String source) {
        URI uri = URI.create("string:///" + qualifiedName.replace('.', '/') + JavaFileObject.Kind.SOURCE.extension);
        sources.add(new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        });
        return this;
    }

    /** The compiler's diagnostics (errors and warnings); empty when the sources compiled cleanly. */
    List<String> compile(Path workDir, List<String> options) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = Files.createDirectories(workDir.resolve("classes"));
        Path generated = Files.createDirectories(workDir.resolve("generated"));
        List<String> all = new ArrayList<>(List.of("--release", "21", "-d", classes.toString(),
                "-s", generated.toString(), "-classpath", classPath(), "-processorpath", classPath()));
        all.addAll(options);
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            compiler.getTask(null, files, diagnostics, all, null, sources).call();
        }
        List<String> messages = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.NOTE) {
                messages.add(d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName())
                        + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
            }
        }
        return messages;
    }

    /** Surefire puts the real class path in a property; a plain JVM has it in {@code java.class.path}. */
    static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** Whether a class is on the test class path (the runtime is built in parallel and may not be there yet). */
    static boolean onClassPath(String className) {
        String resource = className.replace('.', '/') + ".class";
        for (String entry : classPath().split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path) && Files.exists(path.resolve(resource))) {
                return true;
            }
            if (Files.isRegularFile(path) && entry.endsWith(".jar")) {
                try (var jar = new java.util.jar.JarFile(path.toFile())) {
                    if (jar.getEntry(resource) != null) {
                        return true;
                    }
                } catch (IOException e) {
                    // not a readable jar: not there
                }
            }
        }
        return false;
    }
}
