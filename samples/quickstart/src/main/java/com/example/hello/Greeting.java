package com.example.hello;

import java.util.List;

public record Greeting(String text, Tone tone, List<String> to) {}
