package dev.kiln.runtime.messaging.redis;

/** The Lua scripts: each does in one step what must not be seen half done. */
final class RedisScripts {
    private RedisScripts() {}

    /**
     * Dead-lettering, atomic with the acknowledgement: KEYS[1] stream, KEYS[2] its dlq; ARGV group, entry id,
     * envelope, error, attempts. Only if the entry was still pending in the group (another consumer may have
     * handled it meanwhile) is it copied to the dlq. Returns 1 when moved, 0 when it was no longer pending.
     */
    static final String DEAD_LETTER = """
            local acked = redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
            if acked == 1 then
              redis.call('XADD', KEYS[2], '*', 'envelope', ARGV[3], 'error', ARGV[4], 'attempts', ARGV[5],
                'group', ARGV[1], 'stream', KEYS[1], 'entry', ARGV[2])
            end
            return acked
            """;

    /**
     * Replay: KEYS[1] dlq, KEYS[2] stream; ARGV[1] dead letter id. Adds the envelope back to the stream for the
     * group it failed in (a new entry: its delivery count starts over) and removes the dead letter. Returns the new
     * entry's id, or false when there is no such dead letter.
     */
    static final String REPLAY = """
            local entry = redis.call('XRANGE', KEYS[1], ARGV[1], ARGV[1])
            if #entry == 0 then return false end
            local fields = entry[1][2]
            local envelope, group
            for i = 1, #fields, 2 do
              if fields[i] == 'envelope' then envelope = fields[i + 1] elseif fields[i] == 'group' then group = fields[i + 1] end
            end
            local id = redis.call('XADD', KEYS[2], '*', 'envelope', envelope, 'group', group)
            redis.call('XDEL', KEYS[1], ARGV[1])
            return id
            """;

    /** Purge: KEYS[1] dlq. Returns how many dead letters it held. */
    static final String PURGE = """
            local n = redis.call('XLEN', KEYS[1])
            redis.call('DEL', KEYS[1])
            return n
            """;

    /**
     * Trimming that never drops an entry a group still needs: KEYS[1] stream. The floor is, over every group, its
     * oldest pending entry or, with none pending, its last delivered one; XTRIM MINID removes only entries below
     * it, which every group has acknowledged. No group: nothing is trimmed (nobody could have read them).
     * Returns how many entries were removed.
     */
    static final String TRIM = """
            if redis.replicate_commands then pcall(redis.replicate_commands) end
            local function parse(id)
              local dash = string.find(id, '-', 1, true)
              return tonumber(string.sub(id, 1, dash - 1)), tonumber(string.sub(id, dash + 1))
            end
            local function less(a, b)
              local am, as = parse(a)
              local bm, bs = parse(b)
              return am < bm or (am == bm and as < bs)
            end
            if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
            local groups = redis.call('XINFO', 'GROUPS', KEYS[1])
            if #groups == 0 then return 0 end
            local floor = nil
            for _, g in ipairs(groups) do
              local name, pending, last
              for i = 1, #g, 2 do
                if g[i] == 'name' then name = g[i + 1]
                elseif g[i] == 'pending' then pending = g[i + 1]
                elseif g[i] == 'last-delivered-id' then last = g[i + 1] end
              end
              local keep = last
              if pending > 0 then keep = redis.call('XPENDING', KEYS[1], name)[2] end
              if floor == nil or less(keep, floor) then floor = keep end
            end
            return redis.call('XTRIM', KEYS[1], 'MINID', floor)
            """;
}
