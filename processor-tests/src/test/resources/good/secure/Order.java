package secure;

public record Order(long id, String customer) {}
