package validation;

import dev.kiln.runtime.validation.Checks;
import dev.kiln.runtime.validation.Violations;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Checks the constraints declared on {@link Address}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class AddressValidator {
    private AddressValidator() {
    }

    /**
     * Adds a violation for each constraint {@code value} breaks, below the current location of {@code violations}.
     */
    public static void validate(Address value, Violations violations) {
        String street = value.street();
        if (street == null || Checks.isBlank(street)) {
            violations.add("street", "must not be blank");
        }
        Optional<String> zip = value.zip();
        if (zip != null && zip.isPresent()) {
            String zipValue = zip.get();
            if (Checks.length(zipValue) > 10) {
                violations.add("zip", "size must be at most 10");
            }
        }
        Optional<Address> billing = value.billing();
        if (billing != null && billing.isPresent()) {
            Address billingValue = billing.get();
            violations.enter("billing");
            AddressValidator.validate(billingValue, violations);
            violations.leave();
        }
    }
}
