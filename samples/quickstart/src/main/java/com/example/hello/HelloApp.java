package com.example.hello;

import dev.kiln.KilnApplication;

@KilnApplication
public final class HelloApp {
    private HelloApp() {}

    public static void main(String[] args) {
        KilnHelloApp.run(args);
    }
}
