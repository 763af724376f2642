package validation;

/** No constraints: NewOrder's @Valid on it has nothing to run, so no validator is generated or called. */
public record Note(String text) {}
