package dev.kiln.runtime.data;

import java.util.List;
import java.util.Objects;

/**
 * Jakarta's rollback rules for one method: unchecked exceptions (and errors) roll back, checked ones do not,
 * unless {@code rollbackOn} names the exception or a superclass of it; {@code dontRollbackOn} wins over both.
 *
 * @param rollbackOn     {@code Transactional.rollbackOn}
 * @param dontRollbackOn {@code Transactional.dontRollbackOn}
 */
public record RollbackRules(List<Class<?>> rollbackOn, List<Class<?>> dontRollbackOn) {
    /** No {@code rollbackOn} or {@code dontRollbackOn}. */
    public static final RollbackRules DEFAULT = new RollbackRules(List.of(), List.of());

    public RollbackRules {
        rollbackOn = List.copyOf(rollbackOn);
        dontRollbackOn = List.copyOf(dontRollbackOn);
    }

    /** Whether {@code error} rolls the transaction back. */
    public boolean rollsBack(Throwable error) {
        Objects.requireNonNull(error, "error");
        for (Class<?> type : dontRollbackOn) {
            if (type.isInstance(error)) {
                return false;
            }
        }
        for (Class<?> type : rollbackOn) {
            if (type.isInstance(error)) {
                return true;
            }
        }
        return error instanceof RuntimeException || error instanceof Error;
    }
}
