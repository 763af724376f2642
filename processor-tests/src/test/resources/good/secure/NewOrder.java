package secure;

public record NewOrder(String customer) {}
