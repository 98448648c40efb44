/**
 * A `Storage` kept in memory, with an optional quota: the offline tracker's fallback when the
 * browser refuses `localStorage` (some privacy modes and sandboxed frames), and the storage
 * its tests use to play a full disk without a browser.
 */
export class MemoryStorage implements Storage {
  // `Storage` allows named property access; this class supports the methods only.
  [name: string]: unknown;

  private readonly items = new Map<string, string>();
  /** Most characters (keys plus values) it holds before throwing `QuotaExceededError`. */
  quota: number;

  constructor(quota = Number.POSITIVE_INFINITY) {
    this.quota = quota;
  }

  get length(): number {
    return this.items.size;
  }

  /** Characters in use, counted like the quota. */
  get used(): number {
    let total = 0;
    for (const [key, value] of this.items) total += key.length + value.length;
    return total;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const text = String(value);
    const after = this.used - (this.items.has(key) ? key.length + this.items.get(key)!.length : 0) + key.length + text.length;
    if (after > this.quota) throw new DOMException(`Storage quota of ${this.quota} characters exceeded`, 'QuotaExceededError');
    this.items.set(key, text);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  clear(): void {
    this.items.clear();
  }
}
