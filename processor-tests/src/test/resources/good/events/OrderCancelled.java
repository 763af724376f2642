package events;

public record OrderCancelled(long orderId, Reason reason) {
    public enum Reason { CUSTOMER, PAYMENT }
}
