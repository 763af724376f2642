package com.example;

public enum OrderStatus { PLACED, CANCELLED }
