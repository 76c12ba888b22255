/**
 * One lane for everything that runs code: jobs run one at a time, in the order they were asked
 * for. The judge allows one run at a time (a second run cancels the first), so every caller of
 * the judge queues here instead of calling it directly.
 *
 * - `coalesce`: requests of a lane (the session's Run / Submit) that arrive while a job of the
 *   same lane is still waiting join it: one run answers all of them, and `merge` decides what
 *   that run does (a Submit among them makes it a Submit).
 * - `push`: a job that is never merged (a snapshot re-run). An abort of its own signal while it
 *   waits takes it out of the queue (it resolves to `ifDropped()`); once started, the signal
 *   aborts the run.
 * - `cancel(lane)`: the lane's waiting job is dropped and its running job is aborted.
 */

type Start<T> = (signal: AbortSignal) => Promise<T>;

interface Job {
  readonly lane: string;
  /** What the job will do; coalesced requests update it until the job starts. */
  params: unknown;
  readonly start: (params: unknown, signal: AbortSignal) => Promise<unknown>;
  readonly ifDropped: () => unknown;
  readonly controller: AbortController;
  readonly waiters: { resolve(v: unknown): void; reject(e: unknown): void }[];
}

export class RunQueue {
  private active: Job | undefined;
  private readonly waiting: Job[] = [];

  /** The lane and parameters of the running job, if any. */
  get running(): { lane: string; params: unknown } | undefined {
    return this.active ? { lane: this.active.lane, params: this.active.params } : undefined;
  }

  /** Whether a job of the lane is running or waiting. */
  busy(lane: string): boolean {
    return this.active?.lane === lane || this.waiting.some((j) => j.lane === lane);
  }

  /** Queues a job that is never merged with another one. */
  push<T>(lane: string, start: Start<T>, options: { signal?: AbortSignal; ifDropped: () => T }): Promise<T> {
    const external = options.signal;
    if (external?.aborted) return Promise.resolve(options.ifDropped());
    const job = this.newJob(lane, undefined, (_p, signal) => start(signal), options.ifDropped);
    const done = this.settled<T>(job);
    external?.addEventListener('abort', () => {
      if (!this.drop(job)) job.controller.abort();
    }, { once: true });
    this.enqueue(job);
    return done;
  }

  /**
   * A request of a coalescing lane: joins the lane's waiting job when there is one (its
   * parameters become `merge(waiting, params)`), otherwise queues a new job.
   */
  coalesce<P, T>(lane: string, params: P, merge: (waiting: P, next: P) => P, start: (params: P, signal: AbortSignal) => Promise<T>, ifDropped: () => T): Promise<T> {
    const waiting = this.waiting.find((j) => j.lane === lane);
    if (waiting) {
      waiting.params = merge(waiting.params as P, params);
      return this.settled<T>(waiting);
    }
    const job = this.newJob(lane, params, start as Job['start'], ifDropped);
    const done = this.settled<T>(job);
    this.enqueue(job);
    return done;
  }

  /** Drops the lane's waiting jobs (their callers get `ifDropped()`) and aborts its running job. */
  cancel(lane: string): void {
    for (const job of this.waiting.filter((j) => j.lane === lane)) this.drop(job);
    if (this.active?.lane === lane) this.active.controller.abort();
  }

  private newJob(lane: string, params: unknown, start: Job['start'], ifDropped: () => unknown): Job {
    return { lane, params, start, ifDropped, controller: new AbortController(), waiters: [] };
  }

  private settled<T>(job: Job): Promise<T> {
    return new Promise<T>((resolve, reject) => job.waiters.push({ resolve: resolve as (v: unknown) => void, reject }));
  }

  private enqueue(job: Job): void {
    this.waiting.push(job);
    if (!this.active) this.next();
  }

  /** Takes a waiting job out of the queue; false when it is not waiting (running or done). */
  private drop(job: Job): boolean {
    const i = this.waiting.indexOf(job);
    if (i < 0) return false;
    this.waiting.splice(i, 1);
    const value = job.ifDropped();
    for (const w of job.waiters) w.resolve(value);
    return true;
  }

  private next(): void {
    const job = this.waiting.shift();
    if (!job) return;
    this.active = job;
    let run: Promise<unknown>;
    try {
      run = job.start(job.params, job.controller.signal);
    } catch (err) {
      run = Promise.reject(err);
    }
    // The next job starts before the callers of this one see its result (as a `finally` would).
    const settle = (waiter: (w: Job['waiters'][number]) => void): void => {
      this.active = undefined;
      job.waiters.forEach(waiter);
      this.next();
    };
    run.then(
      (value) => settle((w) => w.resolve(value)),
      (err: unknown) => settle((w) => w.reject(err)),
    );
  }
}
