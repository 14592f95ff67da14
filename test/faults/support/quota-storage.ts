/**
 * A Web Storage in memory with a byte quota, failing like a browser's: `setItem` throws a
 * `QuotaExceededError` DOMException when the stored strings would exceed `quotaBytes`.
 */
export class QuotaStorage implements Storage {
  private readonly items = new Map<string, string>();

  constructor(private readonly quotaBytes: number) {}

  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    let used = (key.length + value.length) * 2;
    for (const [other, stored] of this.items) if (other !== key) used += (other.length + stored.length) * 2;
    if (used > this.quotaBytes) {
      throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
    }
    this.items.set(key, value);
  }
}
