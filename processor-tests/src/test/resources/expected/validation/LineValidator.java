package validation;

import dev.kiln.runtime.validation.Checks;
import dev.kiln.runtime.validation.Violations;
import javax.annotation.processing.Generated;

/**
 * Checks the constraints declared on {@link Line}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class LineValidator {
    private LineValidator() {
    }

    /**
     * Adds a violation for each constraint {@code value} breaks, below the current location of {@code violations}.
     */
    public static void validate(Line value, Violations violations) {
        String sku = value.sku();
        if (sku == null || Checks.isBlank(sku)) {
            violations.add("sku", "must not be blank");
        }
        int quantity = value.quantity();
        if (quantity < 1) {
            violations.add("quantity", "must be at least 1");
        }
        if (quantity > 999) {
            violations.add("quantity", "must be at most 999");
        }
        Double discount = value.discount();
        if (discount != null && (Double.isNaN(discount) || discount < 0)) {
            violations.add("discount", "must be at least 0");
        }
    }
}
