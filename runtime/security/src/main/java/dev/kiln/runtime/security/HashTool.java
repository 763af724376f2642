package dev.kiln.runtime.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Makes the hashes that go into configuration, from a shell. The secret is read from the console
 * without echo, or from the first line of standard input when there is no console (so it never sits in
 * the shell history or the process list).
 *
 * <pre>{@code
 * java -cp kiln-runtime-security.jar dev.kiln.runtime.security.HashTool password [iterations]
 *   → pbkdf2-sha256$600000$...$...           (kiln.security.basic.users.<name>.password)
 * java -cp kiln-runtime-security.jar dev.kiln.runtime.security.HashTool api-key
 *   → key: ...  hash: sha256$...             (a new key; the hash goes in kiln.security.api-key.keys.<name>.hash)
 * java -cp kiln-runtime-security.jar dev.kiln.runtime.security.HashTool api-key-hash
 *   → sha256$...                             (the hash of an existing key read like a password)
 * }</pre>
 */
public final class HashTool {
    private HashTool() {}

    /** Runs the tool; exits with status 2 on a usage error. */
    public static void main(String[] args) {
        Console console = System.console();
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int status = run(args, prompt -> console != null ? console.readPassword("%s", prompt) : firstLine(stdin),
                System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Where the secret comes from: a console prompt, or a line of input in tests and pipes. */
    @FunctionalInterface
    interface SecretReader {
        char[] read(String prompt);
    }

    static int run(String[] args, SecretReader secrets, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "password" -> {
                int iterations = Passwords.DEFAULT_ITERATIONS;
                if (args.length > 1) {
                    try {
                        iterations = Integer.parseInt(args[1]);
                    } catch (NumberFormatException e) {
                        return usage(err, "iterations must be a number, not '" + args[1] + "'");
                    }
                }
                char[] password = secrets.read("Password: ");
                try {
                    if (password == null || password.length == 0) {
                        return usage(err, "the password must not be empty");
                    }
                    out.println(Passwords.hash(password, iterations));
                    return 0;
                } catch (IllegalArgumentException e) {
                    return usage(err, e.getMessage());
                } finally {
                    if (password != null) {
                        Arrays.fill(password, '\0');
                    }
                }
            }
            case "api-key" -> {
                String key = ApiKeys.generate();
                out.println("key:  " + key);
                out.println("hash: " + ApiKeys.hash(key));
                return 0;
            }
            case "api-key-hash" -> {
                char[] key = secrets.read("API key: ");
                if (key == null || key.length == 0) {
                    return usage(err, "the API key must not be empty");
                }
                out.println(ApiKeys.hash(new String(key).strip()));
                Arrays.fill(key, '\0');
                return 0;
            }
            default -> {
                return usage(err, command.isEmpty() ? "no command" : "unknown command '" + command + "'");
            }
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("HashTool: " + problem);
        err.println("usage: HashTool password [iterations] | api-key | api-key-hash");
        return 2;
    }

    private static char[] firstLine(BufferedReader in) {
        try {
            String line = in.readLine();
            return line == null ? null : line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
