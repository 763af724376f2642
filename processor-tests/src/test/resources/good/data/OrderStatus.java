package data;

public enum OrderStatus { PLACED, PAID, SHIPPED }
