package secure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record NewOrder(@NotBlank @Size(max = 80) String customer) {}
