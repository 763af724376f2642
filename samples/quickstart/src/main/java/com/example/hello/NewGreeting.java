package com.example.hello;

public record NewGreeting(String text, Tone tone) {}
