package data;

public enum Priority { LOW, HIGH }
