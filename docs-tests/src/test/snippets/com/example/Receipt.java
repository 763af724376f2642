package com.example;

public record Receipt(long id, String customer) {}
