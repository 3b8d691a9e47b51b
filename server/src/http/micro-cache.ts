/**
 * A short-lived in-process cache of answers that many people ask for within the same second (the
 * anonymous home feed). It only saves work: every process keeps its own, a restart empties it, and
 * nothing may depend on an entry being there (several processes run behind a load balancer).
 */
export interface MicroCache<V> {
  /**
   * The value for `key`: a stored one younger than the TTL, the one being loaded right now (concurrent
   * misses share one load, so a burst of identical requests runs the query once), or a new `load()`.
   * A load that fails is not kept: the next call tries again.
   */
  get(key: string, load: () => Promise<V>): Promise<V>
  readonly size: number
}

export interface MicroCacheOptions {
  /** How old a value may be when it is answered, counted from when its load started. */
  ttlMs: number
  /** At most this many keys; the least recently used goes first. */
  maxKeys: number
  now?: () => number
}

interface Entry<V> {
  value: Promise<V>
  expiresAt: number
}

export function createMicroCache<V>({ ttlMs, maxKeys, now = Date.now }: MicroCacheOptions): MicroCache<V> {
  // A Map keeps insertion order: re-inserting on every use makes its first key the least recently used.
  const entries = new Map<string, Entry<V>>()

  return {
    get(key, load) {
      const at = now()
      const found = entries.get(key)
      entries.delete(key)
      if (found && found.expiresAt > at) {
        entries.set(key, found)
        return found.value
      }
      // From the load's start: the answer shows the database as of then at the earliest.
      const entry: Entry<V> = { value: load(), expiresAt: at + ttlMs }
      entries.set(key, entry)
      entry.value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key)
      })
      while (entries.size > maxKeys) entries.delete(entries.keys().next().value as string)
      return entry.value
    },
    get size() {
      return entries.size
    },
  }
}
