import * as assert from 'node:assert/strict';
import { RunQueue } from '../../../src/core/session/runQueue';

/** A job whose end the test decides. */
function gate<T>(): { promise: Promise<T>; open(value: T): void } {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));
const submitWins = (a: string, b: string): string => (a === 'submit' || b === 'submit' ? 'submit' : 'run');

describe('run queue', () => {
  it('runs one job at a time, in order: a snapshot job waits for a running session job', async () => {
    const q = new RunQueue();
    const log: string[] = [];
    const submit = gate<string>();
    const s = q.coalesce('session', 'submit', submitWins, async (kind) => {
      log.push(`start ${kind}`);
      const v = await submit.promise;
      log.push(`end ${kind}`);
      return v;
    }, () => 'dropped');
    const r = q.push('snapshot', async () => {
      log.push('start snapshot');
      return 'rerun';
    }, { ifDropped: () => 'dropped' });
    await tick();
    assert.deepEqual(log, ['start submit'], 'the snapshot job waits');
    assert.deepEqual(q.running, { lane: 'session', params: 'submit' });
    submit.open('submitted');
    assert.equal(await s, 'submitted');
    assert.equal(await r, 'rerun');
    assert.deepEqual(log, ['start submit', 'end submit', 'start snapshot']);
    assert.equal(q.running, undefined);
  });

  it('coalesces session requests that wait: one run answers them, a Submit among them wins', async () => {
    const q = new RunQueue();
    const started: string[] = [];
    const first = gate<void>();
    const start = async (kind: string): Promise<string> => {
      started.push(kind);
      if (started.length === 1) await first.promise;
      return `${kind} #${started.length}`;
    };
    const a = q.coalesce('session', 'run', submitWins, start, () => 'dropped');
    const b = q.coalesce('session', 'run', submitWins, start, () => 'dropped');
    const c = q.coalesce('session', 'submit', submitWins, start, () => 'dropped');
    const d = q.coalesce('session', 'run', submitWins, start, () => 'dropped');
    assert.ok(q.busy('session'));
    first.open();
    assert.deepEqual(await Promise.all([a, b, c, d]), ['run #1', 'submit #2', 'submit #2', 'submit #2']);
    assert.deepEqual(started, ['run', 'submit']);
    assert.ok(!q.busy('session'));
  });

  it('cancel drops the waiting session job and aborts the running one, and leaves other lanes alone', async () => {
    const q = new RunQueue();
    const other = gate<string>();
    let aborted = false;
    const running = q.coalesce('session', 'run', submitWins, (_k, signal) => new Promise<string>((resolve) => signal.addEventListener('abort', () => {
      aborted = true;
      resolve('aborted');
    })), () => 'dropped');
    const snapshot = q.push('snapshot', () => other.promise, { ifDropped: () => 'dropped' });
    const waiting = q.coalesce('session', 'submit', submitWins, async () => 'ran', () => 'dropped');
    q.cancel('session');
    assert.equal(await waiting, 'dropped');
    assert.equal(await running, 'aborted');
    assert.ok(aborted);
    await tick();
    assert.deepEqual(q.running, { lane: 'snapshot', params: undefined }, 'the snapshot job runs on');
    other.open('rerun');
    assert.equal(await snapshot, 'rerun');
  });

  it("a job's own signal takes it out of the queue while it waits, and aborts it once started", async () => {
    const q = new RunQueue();
    const first = gate<string>();
    const head = q.push('snapshot', () => first.promise, { ifDropped: () => 'dropped' });
    const ac = new AbortController();
    let started = false;
    const queued = q.push('snapshot', async () => {
      started = true;
      return 'ran';
    }, { signal: ac.signal, ifDropped: () => 'dropped' });
    ac.abort();
    assert.equal(await queued, 'dropped');
    first.open('first');
    assert.equal(await head, 'first');
    await tick();
    assert.ok(!started, 'a dropped job never starts');

    const ac2 = new AbortController();
    const live = q.push('snapshot', (signal) => new Promise<string>((resolve) => signal.addEventListener('abort', () => resolve('aborted'))), { signal: ac2.signal, ifDropped: () => 'dropped' });
    await tick();
    ac2.abort();
    assert.equal(await live, 'aborted');
    const pre = new AbortController();
    pre.abort();
    assert.equal(await q.push('snapshot', async () => 'ran', { signal: pre.signal, ifDropped: () => 'dropped' }), 'dropped');
  });

  it('a failing job rejects its callers and the queue goes on', async () => {
    const q = new RunQueue();
    const failing = q.coalesce('session', 'run', submitWins, async () => {
      throw new Error('boom');
    }, () => 'dropped');
    const next = q.push('snapshot', async () => 'next', { ifDropped: () => 'dropped' });
    await assert.rejects(failing, /boom/);
    assert.equal(await next, 'next');
  });
});
