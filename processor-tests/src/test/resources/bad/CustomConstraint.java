package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Service("orders")
@Path("/orders")
public interface CustomConstraint {
    @Get
    String list(@QueryParam @Even int limit); // <-- [KilnConstraintNotSupported]

    /** A user-defined Bean Validation constraint: its validator class would run by reflection. */
    @Constraint(validatedBy = {})
    @Target({ElementType.PARAMETER, ElementType.FIELD})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Even {
        String message() default "must be even";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
