package com.example.hello;

public enum Tone { WARM, FORMAL }
