package secure;

import dev.kiln.runtime.validation.Checks;
import dev.kiln.runtime.validation.Violations;
import javax.annotation.processing.Generated;

/**
 * Checks the constraints declared on {@link NewOrder}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class NewOrderValidator {
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
        if (customer != null && Checks.length(customer) > 80) {
            violations.add("customer", "size must be at most 80");
        }
    }
}
