// Battery rows 29–32 (docs/battery.md, the fault battery): damaged records, two writing processes, a
// writer killed mid-write, and 10,000 stored attempts.
import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateHistory } from '../../../bench/generate-history';
import { newAttemptId } from '../../../src/core/history/attemptId';
import type { FileSystem } from '../../../src/core/history/fileSystem';
import { nodeFileSystem } from '../../../src/core/history/fileSystem';
import type { Attempt } from '../../../src/core/history/model';
import { ATTEMPT_SCHEMA_VERSION } from '../../../src/core/history/model';
import { computeStats } from '../../../src/core/history/stats';
import type { StoreIssue } from '../../../src/core/history/store';
import { HistoryStoreError } from '../../../src/core/history/store';
import { ATTEMPTS_DIR, SNAPSHOTS_DIR, serializeAttempt } from '../../../src/core/history/storeFiles';
import { buildWorker, cleanup, closeAll, draft, openStore, removeWorkerBundle, tempDir } from './helpers';

const corruptOf = (issues: readonly StoreIssue[]) => issues.filter((i) => i.kind === 'corrupt');

/** Fills a store root with `n` good attempts; returns their ids and the bytes of the first record. */
async function seed(root: string, n: number): Promise<{ ids: string[]; sample: Attempt }> {
  const store = await openStore(root);
  const saved: Attempt[] = [];
  for (let i = 0; i < n; i++) saved.push(await store.save(draft(), { snapshots: { 1: `print(${i})\n` } }));
  await store.close();
  const sample = saved[0];
  if (!sample) throw new Error('nothing saved');
  return { ids: saved.map((a) => a.id), sample };
}

describe('history battery', () => {
  let root: string;
  beforeEach(() => {
    root = tempDir('history-battery');
  });
  afterEach(async function () {
    // Removing 10,000 record files (row 32) can take long on a busy disk: cleanup is not the test.
    this.timeout(180_000);
    await closeAll();
    cleanup(root);
  });

  describe('row 29: damaged records', () => {
    const damaged: [string, (good: string) => string, string][] = [
      ['a 0-byte attempt file', () => '', 'empty'],
      ['an attempt file truncated mid-write', (good) => good.slice(0, Math.floor(good.length / 2)), 'truncated'],
      ['an attempt file that is not JSON', () => 'PK\u0003\u0004 definitely not json', 'not-json'],
    ];
    for (const [what, content, reason] of damaged) {
      it(`row 29: ${what} is moved aside (*.corrupt-<time>) and reported once; all other attempts load`, async () => {
        const { ids, sample } = await seed(root, 5);
        const badId = newAttemptId();
        const good = serializeAttempt({ ...sample, id: badId });
        const badPath = join(root, ATTEMPTS_DIR, `${badId}.json`);
        writeFileSync(badPath, content(good));

        const store = await openStore(root);
        const corrupt = corruptOf(store.issues);
        assert.equal(corrupt.length, 1, JSON.stringify(store.issues));
        const issue = corrupt[0];
        assert.ok(issue && issue.kind === 'corrupt');
        assert.equal(issue.reason, reason);
        assert.equal(issue.file, badPath);
        assert.ok(issue.movedTo && /\.json\.corrupt-\d{4}-\d\d-\d\dT[\d-]+Z$/.test(issue.movedTo), String(issue.movedTo));
        assert.equal(existsSync(badPath), false);
        assert.equal(readFileSync(issue.movedTo, 'utf8'), content(good), 'the damaged bytes are kept');
        assert.deepEqual(store.list().map((s) => s.id).sort(), [...ids].sort());
        for (const id of ids) assert.ok(await store.get(id));

        // Reported once: neither a reload nor a second window reports it again.
        assert.deepEqual(await store.reload(), []);
        await store.close();
        const again = await openStore(root);
        assert.deepEqual(again.issues, []);
        assert.equal(again.list().length, 5);
      });
    }

    it('row 29: a record from a newer schema is skipped and reported, and never overwritten or deleted', async () => {
      const { ids } = await seed(root, 3);
      // A window of this version that opened before the newer record appeared.
      const early = await openStore(root);
      const newerId = newAttemptId();
      const newerPath = join(root, ATTEMPTS_DIR, `${newerId}.json`);
      const newerBytes = JSON.stringify({ schemaVersion: 99, id: newerId, problemId: 'stable-softmax', fancy: { field: [1, 2, 3] } });
      writeFileSync(newerPath, newerBytes);
      const mtimeBefore = statSync(newerPath).mtimeMs;

      const store = await openStore(root);
      assert.deepEqual(
        store.issues.map((i) => i.kind),
        ['newer-schema'],
      );
      assert.equal(store.issues[0]?.kind === 'newer-schema' && store.issues[0].schemaVersion, 99);
      assert.deepEqual(store.list().map((s) => s.id).sort(), [...ids].sort());
      assert.equal(await store.get(newerId), undefined);

      // Writes of other attempts, reloads, exports, a close and a reopen leave it alone.
      for (let i = 0; i < 3; i++) await store.save(draft());
      await store.reload();
      await store.export('json');
      await store.close();
      const reopened = await openStore(root);
      assert.equal(reopened.list().length, 6);
      await reopened.save(draft());

      // Saving or deleting that very record is refused.
      await assert.rejects(reopened.save(draft({ id: newerId })), (e: unknown) => e instanceof HistoryStoreError && e.code === 'newer-schema');
      await assert.rejects(reopened.delete(newerId), (e: unknown) => e instanceof HistoryStoreError && e.code === 'newer-schema');
      // …also by a store that had not seen it (it was written after that store opened).
      await assert.rejects(early.save(draft({ id: newerId })), (e: unknown) => e instanceof HistoryStoreError && e.code === 'newer-schema');
      await assert.rejects(early.delete(newerId), (e: unknown) => e instanceof HistoryStoreError && e.code === 'newer-schema');
      await early.close();
      await reopened.close();

      assert.equal(readFileSync(newerPath, 'utf8'), newerBytes, 'byte-identical');
      assert.equal(statSync(newerPath).mtimeMs, mtimeBefore);
      assert.equal(readdirSync(join(root, ATTEMPTS_DIR)).filter((n) => n.startsWith(newerId)).length, 1, 'not moved or copied');
    });

    it('row 29: all kinds of damage at once: the store opens and loads every good attempt', async () => {
      const { ids } = await seed(root, 10);
      const dir = join(root, ATTEMPTS_DIR);
      writeFileSync(join(dir, `${newAttemptId()}.json`), '');
      writeFileSync(join(dir, `${newAttemptId()}.json`), '{"schemaVersion": 1, "id": "x", "probl');
      writeFileSync(join(dir, `${newAttemptId()}.json`), 'garbage');
      writeFileSync(join(dir, `${newAttemptId()}.json`), JSON.stringify({ schemaVersion: ATTEMPT_SCHEMA_VERSION, id: 'not-a-valid-attempt' }));
      writeFileSync(join(dir, `${newAttemptId()}.json`), JSON.stringify({ schemaVersion: ATTEMPT_SCHEMA_VERSION + 1 }));
      const store = await openStore(root);
      assert.deepEqual(store.issues.map((i) => (i.kind === 'corrupt' ? i.reason : i.kind)).sort(), ['empty', 'invalid', 'newer-schema', 'not-json', 'truncated']);
      assert.deepEqual(store.list().map((s) => s.id).sort(), [...ids].sort());
      await store.close();
      const again = await openStore(root);
      assert.deepEqual(again.issues.map((i) => i.kind), ['newer-schema']);
    });
  });

  describe('rows 30–31: real processes', function () {
    this.timeout(120_000);
    const children = new Set<ChildProcess>();
    let worker: string;
    before(() => {
      worker = buildWorker();
    });
    after(() => removeWorkerBundle());
    afterEach(() => {
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
      children.clear();
    });

    function startWorker(args: string[]): { child: ChildProcess; stdout: () => string; exited: Promise<number | null> } {
      const child = spawn(process.execPath, [worker, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      children.add(child);
      let out = '';
      let err = '';
      child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
      const exited = new Promise<number | null>((resolve) =>
        child.on('exit', (code) => {
          if (code !== 0 && code !== null) process.stderr.write(`worker failed: ${err}\n`);
          resolve(code);
        }),
      );
      return { child, stdout: () => out, exited };
    }

    it('row 30: two processes record 100 attempts each at the same time: 200 afterwards, none lost or merged', async () => {
      const startAt = Date.now() + 1500;
      const a = startWorker(['record', root, 'A', '100', String(startAt)]);
      const b = startWorker(['record', root, 'B', '100', String(startAt)]);
      assert.deepEqual(await Promise.all([a.exited, b.exited]), [0, 0]);
      const ra = JSON.parse(a.stdout()) as { ids: string[]; firstSaveAt: number; lastSaveAt: number };
      const rb = JSON.parse(b.stdout()) as { ids: string[]; firstSaveAt: number; lastSaveAt: number };
      assert.ok(ra.firstSaveAt < rb.lastSaveAt && rb.firstSaveAt < ra.lastSaveAt, 'the two writers overlapped in time');

      const store = await openStore(root);
      assert.deepEqual(store.issues, []);
      const listed = store.list();
      assert.equal(listed.length, 200);
      assert.equal(new Set(listed.map((s) => s.id)).size, 200);
      assert.deepEqual(listed.map((s) => s.id).sort(), [...ra.ids, ...rb.ids].sort());
      for (const [tag, ids] of [['A', ra.ids], ['B', rb.ids]] as const) {
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i] ?? '';
          const full = await store.get(id);
          assert.ok(full, id);
          assert.equal(full.title, `${tag}-${i}`);
          assert.equal(full.note, `${tag}:${i}`);
          assert.equal(await store.readSnapshot(id, 0), `${tag}:${i}`);
        }
      }
      // Both closed their stores (each wrote the index last-writer-wins); a rebuilt view agrees.
      assert.equal(readdirSync(join(root, ATTEMPTS_DIR)).filter((n) => n.endsWith('.json')).length, 200);
    });

    it('row 31: kill -9 during writes: every record is the old or the new state, never half-written; the store loads', async () => {
      const BYTES = 200_000;
      const ids = [newAttemptId(), newAttemptId(), newAttemptId()];
      const consistent = (text: string, what: string): void => {
        const a = JSON.parse(text) as { title: string; note: string };
        const gen = Number(a.title.slice('gen-'.length));
        const letter = String.fromCharCode(97 + (gen % 26));
        assert.equal(a.note.length, BYTES, `${what}: note length`);
        assert.ok(a.note === letter.repeat(BYTES), `${what}: note of generation ${gen}`);
      };
      for (let round = 0; round < 8; round++) {
        const w = startWorker(['churn', root, ids.join(','), String(BYTES)]);
        while (!w.stdout().includes('ready')) {
          if (w.child.exitCode !== null) throw new Error('worker ended early');
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        await new Promise((resolve) => setTimeout(resolve, 10 + Math.floor(Math.random() * 150)));
        w.child.kill('SIGKILL');
        await w.exited;

        for (const id of ids) {
          consistent(readFileSync(join(root, ATTEMPTS_DIR, `${id}.json`), 'utf8'), `round ${round}, ${id}`);
          const code = readFileSync(join(root, SNAPSHOTS_DIR, `${id}.0.txt`), 'utf8');
          assert.equal(code.length, BYTES, `round ${round}, snapshot of ${id}`);
          assert.ok(code === (code[0] ?? '').repeat(BYTES), `round ${round}, snapshot of ${id} is one generation`);
        }
        const store = await openStore(root);
        assert.deepEqual(store.issues, [], `round ${round}`);
        assert.deepEqual(store.list().map((s) => s.id).sort(), [...ids].sort());
        for (const id of ids) assert.ok(await store.get(id));
        // The killed writer's temporary records are cleaned up (its pid is dead).
        assert.deepEqual(readdirSync(join(root, ATTEMPTS_DIR)).filter((n) => n.endsWith('.tmp')), []);
        await store.close();
      }
    });
  });

  describe('row 32: 10,000 stored attempts', function () {
    this.timeout(180_000);
    it('row 32: 10,000 attempts: list() and stats read no code and no record when the index is current; figures are correct', async () => {
      const N = 10_000;
      const now = new Date();
      const generated = await generateHistory(root, { count: N, now, seed: 32 });
      assert.ok(generated.snapshotFiles > N / 2);

      const reads = { attempts: 0, snapshots: 0, other: 0 };
      const counting: FileSystem = {
        ...nodeFileSystem,
        async readText(path) {
          if (path.includes(`${SNAPSHOTS_DIR}`)) reads.snapshots++;
          else if (path.includes(`${ATTEMPTS_DIR}`)) reads.attempts++;
          else reads.other++;
          return nodeFileSystem.readText(path);
        },
      };
      // A clock an hour ahead: the freshly generated records count as settled (not "racy").
      const later = () => new Date(Date.now() + 3_600_000);

      const first = await openStore(root, { fs: counting, now: later });
      assert.equal(first.list().length, N);
      assert.equal(reads.attempts, N, 'without an index every record is read once');
      assert.equal(reads.snapshots, 0, 'never the code');
      await first.close();

      reads.attempts = 0;
      const heapBefore = process.memoryUsage().heapUsed;
      const store = await openStore(root, { fs: counting, now: later });
      const list = store.list();
      const stats = computeStats(list, { now, utcOffset: 0 });
      assert.equal(reads.attempts, 0, 'with a current index no record is read');
      assert.equal(reads.snapshots, 0);
      assert.equal(list.length, N);
      assert.deepEqual(new Set(list.map((s) => s.id)), new Set(generated.ids));
      const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
      assert.ok(heapGrowth < 200 * 1024 * 1024, `heap grew by ${heapGrowth} bytes`);

      // Summaries are light: no runs, cases, hints, answers or code.
      const keys = new Set(list.flatMap((s) => Object.keys(s)));
      for (const heavy of ['runs', 'hints', 'answer', 'rubric', 'cases']) assert.equal(keys.has(heavy), false, heavy);
      assert.ok(JSON.stringify(list).length / N < 700, 'under 700 bytes per summary');

      // Correct at that size: the stats from summaries equal those from the full records.
      const full = list.map((s) => JSON.parse(readFileSync(join(root, ATTEMPTS_DIR, `${s.id}.json`), 'utf8')) as Attempt);
      assert.deepEqual(stats, computeStats(full, { now, utcOffset: 0 }));
      assert.equal(stats.overall.attempts, N);
      assert.equal(Object.values(stats.rounds).reduce((n, r) => n + r.attempts, 0), N);
      const newestFirst = list.map((s) => Date.parse(s.startedAt));
      assert.ok(newestFirst.every((t, i) => i === 0 || t <= (newestFirst[i - 1] ?? Infinity)), 'newest first');
      await store.close();
    });
  });
});
