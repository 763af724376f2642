package validation;

import dev.kiln.runtime.validation.Checks;
import dev.kiln.runtime.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Checks the constraints declared on {@link NewOrder}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class NewOrderValidator {
    private static final Pattern CURRENCY_PATTERN = Pattern.compile("^[A-Z]{3}$");

    private static final BigDecimal BIG_DECIMAL_0 = new BigDecimal("0");

    private NewOrderValidator() {
    }

    /**
     * Adds a violation for each constraint {@code value} breaks, below the current location of {@code violations}.
     */
    public static void validate(NewOrder value, Violations violations) {
        String customer = value.customer();
        if (customer == null || Checks.isBlank(customer)) {
            violations.add("customer", "must not be blank");
        }
        if (customer != null && Checks.length(customer) > 40) {
            violations.add("customer", "size must be at most 40");
        }
        Optional<String> email = value.email();
        if (email != null && email.isPresent()) {
            String emailValue = email.get();
            if (!Checks.isEmail(emailValue)) {
                violations.add("email", "must be a well-formed email address");
            }
        }
        String currency = value.currency();
        if (currency != null && !CURRENCY_PATTERN.matcher(currency).matches()) {
            violations.add("currency", "must be an ISO 4217 currency code");
        }
        BigDecimal total = value.total();
        if (total != null) {
            if (total.compareTo(BIG_DECIMAL_0) <= 0) {
                violations.add("total", "must be greater than 0");
            }
            if (!Checks.hasDigits(total, 6, 2)) {
                violations.add("total", "must have at most 6 integer digits and 2 fraction digits");
            }
        }
        LocalDate deliverBy = value.deliverBy();
        if (deliverBy != null && Checks.compareToNow(deliverBy, violations.clock()) <= 0) {
            violations.add("deliverBy", "must be in the future");
        }
        List<Line> lines = value.lines();
        if (lines == null || lines.isEmpty()) {
            violations.add("lines", "must not be empty");
        }
        if (lines != null) {
            if (lines.size() > 20) {
                violations.add("lines", "size must be at most 20");
            }
            violations.enter("lines");
            for (int i = 0; i < lines.size(); i++) {
                Line element = lines.get(i);
                if (element != null) {
                    violations.enter(i);
                    LineValidator.validate(element, violations);
                    violations.leave();
                }
            }
            violations.leave();
        }
        Map<String, String> notes = value.notes();
        if (notes != null) {
            violations.enter("notes");
            for (Map.Entry<String, String> entry : notes.entrySet()) {
                String entryValue = entry.getValue();
                if (entryValue == null || Checks.isBlank(entryValue)) {
                    violations.add(entry.getKey(), "must not be blank");
                }
            }
            violations.leave();
        }
        Address address = value.address();
        if (address != null) {
            violations.enter("address");
            AddressValidator.validate(address, violations);
            violations.leave();
        }
    }
}
