/**
 * A per-address limit on certificate lookups, so nobody can walk through codes quickly: at
 * most `max` lookups per address in a fixed window. Codes carry 60 random bits, so guessing is
 * hopeless anyway; the limit also keeps a scraper from turning the public page into a list.
 * In memory (a restart forgets it), and bounded: windows that ended are dropped as new
 * addresses arrive, and past a hard cap the oldest windows go, so a flood of addresses cannot
 * grow the map without limit. IPv6 addresses count per /64, the block one subscriber gets.
 */
export interface RateLimitOptions {
  /** Lookups allowed per address per window. Default 30. */
  max?: number;
  /** Default one minute. */
  windowMs?: number;
  now?: () => number;
}

export interface LookupRateLimit {
  /** Counts a lookup; 0 when allowed, else the milliseconds until the address may look again. */
  take(address: string): number;
}

const SWEEP_AT = 10_000;
const HARD_CAP = 50_000;

/** The key an address is counted under: itself for IPv4, its /64 prefix for IPv6. */
export function addressKey(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (!plain.includes(':')) return plain;
  const [head = '', tail = ''] = plain.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = plain.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

export function lookupRateLimit(options: RateLimitOptions = {}): LookupRateLimit {
  const max = options.max ?? 30;
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(rawAddress) {
      const address = addressKey(rawAddress);
      const time = now();
      if (windows.size >= SWEEP_AT) {
        for (const [key, window] of windows) if (time - window.start >= windowMs) windows.delete(key);
        // Insertion order is oldest first.
        for (const key of windows.keys()) {
          if (windows.size < HARD_CAP) break;
          windows.delete(key);
        }
      }
      const window = windows.get(address);
      if (!window || time - window.start >= windowMs) {
        windows.set(address, { start: time, count: 1 });
        return 0;
      }
      if (window.count >= max) return window.start + windowMs - time;
      window.count += 1;
      return 0;
    },
  };
}
