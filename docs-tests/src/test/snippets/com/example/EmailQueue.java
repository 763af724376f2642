package com.example;

import dev.kiln.Queue;

@Queue("emails")
public interface EmailQueue {
    void send(EmailJob job);
}
