package dev.kiln.runtime.registry.redis;

/**
 * The registry's Lua scripts. Each runs atomically in Redis, so an entry, its index and the service set
 * never disagree, and a reader never sees half a registration. Keys are built inside the read script from the
 * prefix, which ties the registry to one Redis (not Redis Cluster), as the rate limits are.
 *
 * <p>Layout, with the prefix {@code kiln:registry:}:
 * <ul>
 *   <li>{@code kiln:registry:instance:<service>:<id>} — the instance as JSON, expiring after the ttl unless renewed;</li>
 *   <li>{@code kiln:registry:service:<service>} — a set of the ids of the service's instances (the index);</li>
 *   <li>{@code kiln:registry:services} — a set of the service names;</li>
 *   <li>{@code kiln:registry:epoch} — a random id written when the registry is first read from this Redis: a new
 *       one means Redis restarted empty, and readers keep their view for a ttl while instances register again;</li>
 *   <li>channel {@code kiln:registry:changes} — a service's name, each time one of its instances is registered,
 *       changes status, comes back after its entry expired, or is deregistered.</li>
 * </ul>
 */
final class RegistryScripts {
    private RegistryScripts() {}

    /**
     * Registers or renews. KEYS: instance, index, services. ARGV: json, ttl ms, id, service, announce (1|0),
     * channel. Publishes when asked (a registration or status change) or when the entry had expired (a renewal
     * after an outage), so that watchers learn of it at once. Returns 1 when the entry existed.
     */
    static final String REGISTER = """
            local existed = redis.call('EXISTS', KEYS[1])
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            redis.call('SADD', KEYS[2], ARGV[3])
            redis.call('SADD', KEYS[3], ARGV[4])
            if existed == 0 or ARGV[5] == '1' then redis.call('PUBLISH', ARGV[6], ARGV[4]) end
            return existed
            """;

    /** Deregisters. KEYS: instance, index. ARGV: id, service, channel. */
    static final String DEREGISTER = """
            redis.call('DEL', KEYS[1])
            redis.call('SREM', KEYS[2], ARGV[1])
            redis.call('PUBLISH', ARGV[3], ARGV[2])
            return 1
            """;

    /**
     * Reads every live entry, of every service or of ARGV[2] only, and drops the ids of expired entries from the
     * indexes (and services with none left from the set). KEYS: services, epoch. ARGV: prefix, service or '',
     * a fresh epoch. Returns the epoch (ARGV[3] if there was none: this Redis has lost or never had the registry),
     * then the entries' JSON.
     */
    static final String READ = """
            if redis.replicate_commands then pcall(redis.replicate_commands) end
            local epoch = redis.call('GET', KEYS[2])
            if not epoch then
              epoch = ARGV[3]
              redis.call('SET', KEYS[2], epoch)
            end
            local services
            if ARGV[2] ~= '' then services = {ARGV[2]} else services = redis.call('SMEMBERS', KEYS[1]) end
            local out = {epoch}
            for _, service in ipairs(services) do
              local index = ARGV[1] .. 'service:' .. service
              local alive = 0
              for _, id in ipairs(redis.call('SMEMBERS', index)) do
                local value = redis.call('GET', ARGV[1] .. 'instance:' .. service .. ':' .. id)
                if value then
                  out[#out + 1] = value
                  alive = alive + 1
                else
                  redis.call('SREM', index, id)
                end
              end
              if alive == 0 then redis.call('SREM', KEYS[1], service) end
            end
            return out
            """;
}
