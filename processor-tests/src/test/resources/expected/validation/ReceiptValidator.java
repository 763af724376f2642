package validation;

import dev.kiln.runtime.validation.Checks;
import dev.kiln.runtime.validation.Violations;
import javax.annotation.processing.Generated;

/**
 * Checks the constraints declared on {@link Receipt}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class ReceiptValidator {
    private ReceiptValidator() {
    }

    /**
     * Adds a violation for each constraint {@code value} breaks, below the current location of {@code violations}.
     */
    public static void validate(Receipt value, Violations violations) {
        String customer = value.customer();
        if (customer == null || Checks.isBlank(customer)) {
            violations.add("customer", "must not be blank");
        }
    }
}
