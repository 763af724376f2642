package badevents;

public record BadPlaced(long id) {}
