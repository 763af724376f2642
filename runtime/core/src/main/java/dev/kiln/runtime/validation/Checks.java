package dev.kiln.runtime.validation;

import java.util.Set;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * The checks generated validators call where a plain Java expression would not do: blankness, length in
 * code points, e-mail addresses, digit counts, decimal bounds and the temporal constraints. None of them
 * accepts {@code null}: generated code tests for {@code null} first, because {@code null} passes every
 * constraint except {@code @NotNull}, {@code @NotBlank} and {@code @NotEmpty}.
 *
 * <pre>{@code
 * if (customer == null || Checks.isBlank(customer)) violations.add("customer", "must not be blank");
 * if (code != null && Checks.length(code) > 3) violations.add("code", "size must be at most 3");
 * if (created != null && Checks.compareToNow(created, violations.clock()) >= 0) violations.add("created", "must be in the past");
 * }</pre>
 */
public final class Checks {
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_DOMAIN = 255;
    private static final int MAX_LABEL = 63;

    private Checks() {}

    /**
     * The index the request sent the element at {@code position} of {@code set} at: where a {@link SentSet} says, else
     * {@code position} (a set built otherwise has no other order to point into).
     */
    public static int sentIndex(Set<?> set, int position) {
        return set instanceof SentSet<?> sent ? sent.sentAt(position) : position;
    }

    /** Whether {@code text} has no character other than white space ({@code @NotBlank}). */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The length of {@code text} in code points: {@code "😀"} is one character, as a user counts it ({@code @Size}). */
    public static int length(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }

    /**
     * Whether {@code text} is a well-formed e-mail address ({@code @Email}): a dot-atom local part of at
     * most 64 characters, one {@code @}, and a domain of at most 255 characters made of labels (letters,
     * digits and inner hyphens, non-ASCII letters allowed) or an address literal in brackets.
     */
    public static boolean isEmail(CharSequence text) {
        int at = lastIndexOf(text, '@');
        if (at <= 0 || at > MAX_LOCAL_PART || at == text.length() - 1) {
            return false;
        }
        return isLocalPart(text, 0, at) && isDomain(text, at + 1, text.length());
    }

    /** Whether {@code value} has at most {@code integer} integer digits and no fraction digits beyond {@code fraction} ({@code @Digits}). */
    public static boolean hasDigits(long value, int integer, int fraction) {
        int digits = 1;
        for (long rest = value / 10; rest != 0; rest /= 10) {
            digits++;
        }
        return digits <= integer;
    }

    /** {@link #hasDigits(long, int, int)} for a {@code BigInteger}. */
    public static boolean hasDigits(BigInteger value, int integer, int fraction) {
        return hasDigits(new BigDecimal(value), integer, fraction);
    }

    /** {@link #hasDigits(long, int, int)} for a {@code BigDecimal}; trailing zeros of the fraction do not count. */
    public static boolean hasDigits(BigDecimal value, int integer, int fraction) {
        BigDecimal stripped = value.stripTrailingZeros();
        int integerDigits = stripped.precision() - stripped.scale();
        int fractionDigits = Math.max(stripped.scale(), 0);
        return integerDigits <= integer && fractionDigits <= fraction;
    }

    /** {@code value} compared with a decimal bound ({@code @DecimalMin}, {@code @DecimalMax}): negative, zero or positive. */
    public static int compare(long value, BigDecimal bound) {
        return BigDecimal.valueOf(value).compareTo(bound);
    }

    /** {@link #compare(long, BigDecimal)} for a finite or infinite {@code double}; callers rule out NaN first. */
    public static int compare(double value, BigDecimal bound) {
        if (Double.isInfinite(value)) {
            return value > 0 ? 1 : -1;
        }
        // valueOf, not new BigDecimal(double): 0.1 is compared as 0.1, not as its binary expansion.
        return BigDecimal.valueOf(value).compareTo(bound);
    }

    /** {@link #compare(long, BigDecimal)} for a {@code BigInteger}. */
    public static int compare(BigInteger value, BigDecimal bound) {
        return new BigDecimal(value).compareTo(bound);
    }

    /** {@link #compare(long, BigDecimal)} for a {@code BigDecimal}. */
    public static int compare(BigDecimal value, BigDecimal bound) {
        return value.compareTo(bound);
    }

    /**
     * The sign of {@code value} against now ({@code @Past}: below 0, {@code @PastOrPresent}: at most 0,
     * {@code @Future}: above 0, {@code @FutureOrPresent}: at least 0).
     */
    public static int compareToNow(Instant value, Clock clock) {
        return value.compareTo(clock.instant());
    }

    /** {@link #compareToNow(Instant, Clock)} for a date, against today in the clock's zone. */
    public static int compareToNow(LocalDate value, Clock clock) {
        return Integer.signum(value.compareTo(LocalDate.now(clock)));
    }

    /** {@link #compareToNow(Instant, Clock)} for a local date-time, in the clock's zone. */
    public static int compareToNow(LocalDateTime value, Clock clock) {
        return Integer.signum(value.compareTo(LocalDateTime.now(clock)));
    }

    /** {@link #compareToNow(Instant, Clock)} for an offset date-time: its instant against now. */
    public static int compareToNow(OffsetDateTime value, Clock clock) {
        return value.toInstant().compareTo(clock.instant());
    }

    // RFC 5322 dot-atom: atext runs separated by single dots; non-ASCII allowed (RFC 6531).
    private static boolean isLocalPart(CharSequence text, int start, int end) {
        boolean dotAllowed = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (!dotAllowed) {
                    return false;
                }
                dotAllowed = false;
            } else if (isAtext(c)) {
                dotAllowed = true;
            } else {
                return false;
            }
        }
        return dotAllowed;
    }

    private static boolean isAtext(char c) {
        return c >= 0x80 || Character.isLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
    }

    private static boolean isDomain(CharSequence text, int start, int end) {
        if (end - start > MAX_DOMAIN) {
            return false;
        }
        if (text.charAt(start) == '[') {
            return text.charAt(end - 1) == ']' && isAddressLiteral(text, start + 1, end - 1);
        }
        int labelStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '.') {
                if (!isLabel(text, labelStart, i)) {
                    return false;
                }
                labelStart = i + 1;
            }
        }
        return true;
    }

    private static boolean isLabel(CharSequence text, int start, int end) {
        if (end == start || end - start > MAX_LABEL || text.charAt(start) == '-' || text.charAt(end - 1) == '-') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '-' && !Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    // [192.0.2.1] or [IPv6:2001:db8::1]: digits, hex letters, dots and colons.
    private static boolean isAddressLiteral(CharSequence text, int start, int end) {
        if (end <= start) {
            return false;
        }
        int from = start;
        if (end - start > 5 && text.subSequence(start, start + 5).toString().equalsIgnoreCase("IPv6:")) {
            from = start + 5;
        }
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (Character.digit(c, 16) < 0 && c != '.' && c != ':') {
                return false;
            }
        }
        return from < end;
    }

    private static int lastIndexOf(CharSequence text, char c) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
