package dev.kiln.runtime.data;

import java.util.Locale;
import java.util.regex.Pattern;

/** What the data runtime reads from a JDBC URL: the dialect, and the URL fit to print (no password). */
final class JdbcUrls {
    /** The default database's URL up to its unique name. */
    static final String DEFAULT_PREFIX = "jdbc:h2:mem:kiln-";
    /** H2's PostgreSQL compatibility, as H2's documentation advises it (lower-case names, nulls sorted last). */
    static final String H2_POSTGRES_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@?;]*:)[^/@?;]*@");

    private JdbcUrls() {}

    static SqlDialect dialect(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return SqlDialect.POSTGRES;
        }
        if (lower.startsWith("jdbc:h2:")) {
            return SqlDialect.H2;
        }
        throw new IllegalArgumentException("Configuration '" + DataSettings.URL + "' must be a PostgreSQL "
                + "(jdbc:postgresql:...) or H2 (jdbc:h2:...) URL, but is " + redact(url, ""));
    }

    /**
     * {@code url} with the password of a {@code password=} parameter ({@code ?password=} for PostgreSQL,
     * {@code ;PASSWORD=} for H2) or of user info ({@code //user:password@host}) replaced by {@code ***}, and
     * {@code password} itself wherever else it appears.
     */
    static String redact(String url, String password) {
        String redacted = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        redacted = USER_INFO_PASSWORD.matcher(redacted).replaceAll("$1***@");
        return redactText(redacted, password);
    }

    /** {@code text} with {@code password} replaced by {@code ***} (nothing to do for an empty password). */
    static String redactText(String text, String password) {
        if (text == null) {
            return "no reason given";
        }
        return password == null || password.isEmpty() ? text : text.replace(password, "***");
    }
}
