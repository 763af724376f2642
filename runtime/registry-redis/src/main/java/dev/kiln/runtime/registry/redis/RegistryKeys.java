package dev.kiln.runtime.registry.redis;

import dev.kiln.runtime.registry.ServiceInstance;

/** The registry's Redis key names; see {@link RegistryScripts} for the layout. */
final class RegistryKeys {
    static final String PREFIX = "kiln:registry:";
    static final String SERVICES = PREFIX + "services";
    static final String CHANNEL = PREFIX + "changes";
    static final String EPOCH = PREFIX + "epoch";

    private RegistryKeys() {}

    static String instance(ServiceInstance instance) {
        return PREFIX + "instance:" + instance.serviceName() + ":" + instance.id();
    }

    static String index(String service) {
        return PREFIX + "service:" + service;
    }
}
