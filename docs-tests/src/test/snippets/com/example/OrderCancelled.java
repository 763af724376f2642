package com.example;

public record OrderCancelled(long orderId, String reason) {}
