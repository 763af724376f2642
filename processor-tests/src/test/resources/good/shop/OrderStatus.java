package shop;

public enum OrderStatus {
    OPEN, PAID, CANCELLED
}
