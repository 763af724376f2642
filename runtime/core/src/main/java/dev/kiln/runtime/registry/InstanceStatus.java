package dev.kiln.runtime.registry;

/** Whether an instance takes calls: it follows the instance's readiness. Clients send only to UP instances. */
public enum InstanceStatus {
    UP,
    DOWN
}
