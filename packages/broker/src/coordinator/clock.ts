/**
 * Time for the coordinator, injected so that tests drive it by hand. Every deadline in a group
 * (session timeouts, rebalance timeouts, the initial rebalance delay, pending member expiry)
 * is a timer scheduled here; nothing in the coordinator reads the wall clock or sleeps.
 */

/** Cancels a scheduled callback; calling it after the callback ran, or twice, does nothing. */
export type Cancel = () => void;

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export interface Timer {
  /** Runs `callback` once, `delayMs` from now. */
  schedule(delayMs: number, callback: () => void): Cancel;
}

/** The real clock and timers. Timers are unref'd: a pending session timeout never keeps the process alive. */
export const systemTime: Clock & Timer = {
  now: () => Date.now(),
  schedule(delayMs, callback) {
    const handle = setTimeout(callback, Math.max(0, delayMs));
    handle.unref();
    return () => clearTimeout(handle);
  },
};

/**
 * A clock that moves only when told to. `advance(ms)` runs every timer that falls due, in
 * deadline order (ties in scheduling order), with `now()` set to each timer's deadline while
 * it runs; a timer scheduled by a callback runs in the same `advance` if it falls due.
 */
export class ManualClock implements Clock, Timer {
  private current: number;
  private seq = 0;
  private readonly timers = new Map<number, { at: number; seq: number; callback: () => void }>();

  constructor(startMs = 1_700_000_000_000) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  schedule(delayMs: number, callback: () => void): Cancel {
    const id = ++this.seq;
    this.timers.set(id, { at: this.current + Math.max(0, delayMs), seq: id, callback });
    return () => {
      this.timers.delete(id);
    };
  }

  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      let next: { id: number; at: number; seq: number } | null = null;
      for (const [id, t] of this.timers) {
        if (t.at > target) continue;
        if (next === null || t.at < next.at || (t.at === next.at && t.seq < next.seq)) next = { id, at: t.at, seq: t.seq };
      }
      if (next === null) break;
      const timer = this.timers.get(next.id)!;
      this.timers.delete(next.id);
      this.current = timer.at;
      timer.callback();
    }
    this.current = target;
  }

  /** Timers not yet run (for tests). */
  pending(): number {
    return this.timers.size;
  }
}
