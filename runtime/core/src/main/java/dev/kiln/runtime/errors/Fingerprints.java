package dev.kiln.runtime.errors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The group an exception belongs to, versioned so that a change of the rule never merges old groups with new
 * ones. {@value #VERSION}: the first 16 hex digits of the SHA-256 of the exception's class name and its top
 * {@value #FRAMES} frames in application code (class and method; {@code lambda$find$3} counts as
 * {@code lambda$find}); when no frame is in application code, its top {@value #FRAMES} frames. Line numbers
 * and the message are left out, so that an edit elsewhere in the file or an id in the message does not split a
 * group.
 *
 * <pre>{@code
 * String fingerprint = Fingerprints.of(e, List.of("com.example.orders"));   // "v1:3f9a0c…"
 * }</pre>
 */
public final class Fingerprints {
    /** The rule's version, the fingerprint's prefix. */
    public static final String VERSION = "v1";
    /** How many application frames count. */
    public static final int FRAMES = 5;

    private Fingerprints() {}

    /** The fingerprint of {@code error} for an application whose code is in {@code packages} (and below). */
    public static String of(Throwable error, List<String> packages) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        sha.update(error.getClass().getName().getBytes(StandardCharsets.UTF_8));
        for (StackTraceElement frame : frames(error, packages)) {
            sha.update((byte) '\n');
            sha.update((frame.getClassName() + '.' + method(frame.getMethodName())).getBytes(StandardCharsets.UTF_8));
        }
        return VERSION + ':' + HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    /** The frames that count: the top {@value #FRAMES} in application code, else the top {@value #FRAMES}. */
    public static List<StackTraceElement> frames(Throwable error, List<String> packages) {
        StackTraceElement[] trace = error.getStackTrace();
        List<StackTraceElement> frames = new ArrayList<>(FRAMES);
        for (StackTraceElement frame : trace) {
            if (isApplication(frame.getClassName(), packages)) {
                frames.add(frame);
                if (frames.size() == FRAMES) {
                    break;
                }
            }
        }
        if (frames.isEmpty()) {
            for (int i = 0; i < Math.min(FRAMES, trace.length); i++) {
                frames.add(trace[i]);
            }
        }
        return frames;
    }

    static boolean isApplication(String className, List<String> packages) {
        for (String pkg : packages) {
            if (className.startsWith(pkg) && className.length() > pkg.length() && className.charAt(pkg.length()) == '.') {
                return true;
            }
        }
        return false;
    }

    /** {@code lambda$find$3} → {@code lambda$find}: the counter changes when another lambda is added above. */
    private static String method(String name) {
        if (name.startsWith("lambda$")) {
            int last = name.lastIndexOf('$');
            if (last > "lambda$".length() - 1 && name.substring(last + 1).chars().allMatch(Character::isDigit)) {
                return name.substring(0, last);
            }
        }
        return name;
    }
}
