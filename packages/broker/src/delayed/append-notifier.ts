/**
 * Wakes parked requests when data arrives. A long-poll Fetch that has fewer than `min.bytes`
 * available registers a watcher on its partitions; every append reports its partition and
 * byte count here, and the watcher completes as soon as enough bytes have arrived (or its
 * `max.wait.ms` timer fires). Completion is driven by the append event, never by polling.
 */
export type AppendListener = (partitionKey: string, bytes: number) => void;

export function partitionKey(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

export class AppendNotifier {
  private readonly watchers = new Map<string, Set<AppendListener>>();

  /** Calls `listener` on every append to one of `keys` until the returned function is called. */
  watch(keys: Iterable<string>, listener: AppendListener): () => void {
    const registered: string[] = [];
    for (const key of keys) {
      let set = this.watchers.get(key);
      if (!set) this.watchers.set(key, (set = new Set()));
      set.add(listener);
      registered.push(key);
    }
    return () => {
      for (const key of registered) {
        const set = this.watchers.get(key);
        if (!set) continue;
        set.delete(listener);
        if (set.size === 0) this.watchers.delete(key);
      }
    };
  }

  notify(key: string, bytes: number): void {
    const set = this.watchers.get(key);
    if (!set) return;
    for (const listener of [...set]) listener(key, bytes);
  }

  /** Number of parked requests watching `key` (for tests and metrics). */
  watching(key: string): number {
    return this.watchers.get(key)?.size ?? 0;
  }
}
