package com.example;

public record EmailJob(String event, String source, String to, String subject, String body) {}
