package dev.kiln.hardening.service;

import dev.kiln.KilnApplication;

/** The attacked application; {@code KilnTargetApp} is generated from this class. */
@KilnApplication(name = "target")
public final class TargetApp {
    private TargetApp() {}

    public static void main(String[] args) {
        KilnTargetApp.run(args);
    }
}
