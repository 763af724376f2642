package dev.kiln.processor;

import dev.kiln.processor.validate.ValidationReport;
import dev.kiln.processor.write.GeneratedFileWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;

/** Where a compilation's results go: generated files, and errors printed once each. */
final class Output {
    private final ProcessingEnvironment env;
    private final GeneratedFileWriter writer;
    private final Set<List<Object>> printed = new HashSet<>();
    private boolean errors;

    Output(ProcessingEnvironment env) {
        this.env = env;
        this.writer = new GeneratedFileWriter(env.getFiler(), env.getMessager());
    }

    GeneratedFileWriter writer() {
        return writer;
    }

    /** Prints the report's errors not printed before; true when the report is clean. */
    boolean print(ValidationReport report) {
        report.printTo(env.getMessager(), printed);
        errors |= !report.isClean();
        return report.isClean();
    }

    /** Whether Kiln reported an error in this compilation: the build fails, so writing more only adds noise. */
    boolean errors() {
        return errors;
    }
}
