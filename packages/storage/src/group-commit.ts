/**
 * Group commit: many appends waiting for durability, few fsyncs.
 *
 * `request()` promises that a run of the flush job *starting after the call* completes. If no
 * run is in progress one starts at once (synchronously, so it covers everything written before
 * the call). If one is in progress, the caller joins the next run, which starts as soon as the
 * current one ends and serves every request that arrived meanwhile. So with one fsync taking
 * time T and appends arriving continuously, there is at most one fsync in flight and one
 * queued, each append waits at most about 2T, and the number of fsyncs is bounded by elapsed
 * time / T, not by the number of appends.
 *
 * A run that finds nothing new to sync skips the system call (the job decides; see Log).
 */
interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
}

export class GroupCommit {
  private running = false;
  private waiters: Waiter[] = [];

  constructor(private readonly job: () => Promise<void>) {}

  request(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      if (!this.running) this.start();
    });
  }

  get busy(): boolean {
    return this.running;
  }

  private start(): void {
    const served = this.waiters;
    this.waiters = [];
    this.running = true;
    let job: Promise<void>;
    try {
      job = this.job();
    } catch (e) {
      job = Promise.reject(e);
    }
    job.then(
      () => this.finish(served, null),
      (err: unknown) => this.finish(served, err ?? new Error('flush failed')),
    );
  }

  private finish(served: Waiter[], err: unknown): void {
    this.running = false;
    for (const w of served) {
      if (err === null) w.resolve();
      else w.reject(err);
    }
    if (this.waiters.length) this.start();
  }
}
