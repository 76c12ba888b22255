import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, renameSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RENAME_RETRY_DELAYS_MS } from '../../../src/core/history/atomicWrite';
import type { FileSystem } from '../../../src/core/history/fileSystem';
import { nodeFileSystem } from '../../../src/core/history/fileSystem';
import { decodeIndex } from '../../../src/core/history/indexCodec';
import type { Migration } from '../../../src/core/history/migrate';
import { ATTEMPT_MIGRATIONS } from '../../../src/core/history/migrate';
import { ATTEMPT_SCHEMA_VERSION } from '../../../src/core/history/model';
import type { HistoryChange } from '../../../src/core/history/store';
import { HistoryStoreError } from '../../../src/core/history/store';
import { ATTEMPTS_DIR, BACKUPS_DIR, INDEX_FILE, SNAPSHOTS_DIR, STALE_TEMP_MS, isRacy, serializeAttempt } from '../../../src/core/history/storeFiles';
import { cleanup, closeAll, draft, openStore, run, tempDir } from './helpers';

const hourLater = () => new Date(Date.now() + 3_600_000);
const noWait = { retryDelaysMs: [0, 0, 0, 0, 0], sleep: async () => undefined };

describe('history store', () => {
  let root: string;
  beforeEach(() => {
    root = tempDir('history-store');
  });
  afterEach(async () => {
    await closeAll();
    cleanup(root);
  });

  it('saves, lists, gets and deletes; derived fields are recomputed on save', async () => {
    const store = await openStore(root);
    assert.deepEqual(store.list(), []);
    const d = draft({ runs: [run('submit', 3, 6), run('submit', 6, 6)] });
    const saved = await store.save({ ...d, verdict: 'fail', score: 12, passed: 1, total: 99 });
    assert.equal(saved.schemaVersion, ATTEMPT_SCHEMA_VERSION);
    assert.equal(saved.verdict, 'pass');
    assert.deepEqual([saved.passed, saved.total, saved.score], [6, 6, 100]);
    assert.deepEqual(await store.get(d.id), saved);
    assert.equal(store.list().length, 1);
    assert.equal(store.summary(d.id)?.verdict, 'pass');

    const updated = await store.save({ ...saved, selfRating: 3, note: 'debrief' });
    assert.equal(updated.selfRating, 3);
    assert.equal(store.list().length, 1);
    assert.equal(store.summary(d.id)?.note, 'debrief');

    assert.equal(await store.delete(d.id), true);
    assert.equal(await store.delete(d.id), false);
    assert.deepEqual(store.list(), []);
    assert.equal(await store.get(d.id), undefined);
  });

  it('lists newest first', async () => {
    const store = await openStore(root);
    const older = await store.save(draft({ startedAt: '2025-03-01T10:00:00.000Z' }));
    const newer = await store.save(draft({ startedAt: '2025-03-02T10:00:00.000+05:00' }));
    const oldest = await store.save(draft({ startedAt: '2025-02-01T10:00:00.000Z' }));
    assert.deepEqual(store.list().map((s) => s.id), [newer.id, older.id, oldest.id]);
  });

  it('rejects an invalid attempt before writing anything', async () => {
    const store = await openStore(root);
    await assert.rejects(store.save(draft({ startedAt: 'yesterday' })), (e: unknown) => e instanceof HistoryStoreError && e.code === 'invalid-attempt');
    await assert.rejects(store.save(draft(), { snapshots: { 5: 'x' } }), (e: unknown) => e instanceof HistoryStoreError && e.code === 'invalid-snapshot');
    assert.deepEqual(readdirSync(join(root, ATTEMPTS_DIR)), []);
    assert.deepEqual(readdirSync(join(root, SNAPSHOTS_DIR)), []);
  });

  it('keeps code snapshots in separate files, read only on demand, removed with the attempt', async () => {
    const store = await openStore(root);
    const a = await store.save(draft(), { snapshots: { 1: 'def softmax(x):\n    return x\n' } });
    assert.equal(a.runs[1]?.hasSnapshot, true);
    assert.equal(a.runs[0]?.hasSnapshot, false);
    assert.deepEqual(store.summary(a.id)?.snapshotRuns, [1]);
    assert.equal(readFileSync(join(root, ATTEMPTS_DIR, `${a.id}.json`), 'utf8').includes('def softmax'), false);
    assert.equal(await store.readSnapshot(a.id, 1), 'def softmax(x):\n    return x\n');
    assert.equal(await store.readSnapshot(a.id, 0), undefined);
    assert.equal(await store.readSnapshot('../x', 0), undefined);
    // A later save keeps the flag without resending the code.
    const b = await store.save({ ...a, note: 'later' });
    assert.equal(b.runs[1]?.hasSnapshot, true);
    await store.delete(a.id);
    assert.deepEqual(readdirSync(join(root, SNAPSHOTS_DIR)), []);
  });

  it('retries a rename that Windows refuses with EPERM/EBUSY, and gives up cleanly', async () => {
    let failures = 2;
    const flaky: FileSystem = {
      ...nodeFileSystem,
      // Only the attempt files' renames fail: the index is written in the background and must
      // not take the failures meant for the attempt.
      async rename(from, to) {
        if (dirname(to).endsWith(ATTEMPTS_DIR) && failures-- > 0) throw Object.assign(new Error('operation not permitted'), { code: failures % 2 ? 'EPERM' : 'EBUSY' });
        return nodeFileSystem.rename(from, to);
      },
    };
    const store = await openStore(root, { fs: flaky, write: noWait });
    const a = await store.save(draft());
    assert.ok(await store.get(a.id));

    failures = RENAME_RETRY_DELAYS_MS.length + 1;
    await assert.rejects(store.save(draft()), /operation not permitted/);
    assert.deepEqual(readdirSync(join(root, ATTEMPTS_DIR)).filter((n) => n.endsWith('.tmp')), [], 'no temporary file left');
    assert.equal(store.list().length, 1);
  });

  it('sees other windows\u2019 creations, updates and deletions on reload, and tells listeners', async () => {
    const mine = await openStore(root);
    const other = await openStore(root);
    const changes: HistoryChange[] = [];
    mine.onDidChange((c) => changes.push(c));
    const a = await other.save(draft());
    const b = await other.save(draft());
    assert.equal(mine.list().length, 0);
    await mine.reload();
    assert.equal(mine.list().length, 2);
    await other.save({ ...a, note: 'rated elsewhere', selfRating: 4 });
    await other.delete(b.id);
    await mine.reload();
    assert.deepEqual(mine.list().map((s) => s.id), [a.id]);
    assert.equal(mine.summary(a.id)?.note, 'rated elsewhere');
    assert.deepEqual(
      changes.map((c) => [c.reason, [...c.ids].sort()]),
      [
        ['reload', [a.id, b.id].sort()],
        ['reload', [a.id, b.id].sort()],
      ],
    );
    assert.deepEqual(await mine.reload(), []);
    assert.equal(changes.length, 2, 'no event when nothing changed');
  });

  it('rebuilds a missing or damaged index, and re-reads records that changed behind it', async () => {
    const s1 = await openStore(root);
    const a = await s1.save(draft());
    await s1.save(draft());
    await s1.close();
    assert.ok(existsSync(join(root, INDEX_FILE)));

    writeFileSync(join(root, INDEX_FILE), '{"format": 1, "entr');
    const s2 = await openStore(root);
    assert.equal(s2.list().length, 2);
    assert.deepEqual(s2.issues, []);
    await s2.close();

    // A record replaced behind the index's back (same name, renamed into place as every writer does) is noticed.
    const changed = { ...(await s2.get(a.id))!, title: 'Renamed title' };
    writeFileSync(join(root, ATTEMPTS_DIR, '.elsewhere.tmp'), serializeAttempt(changed));
    renameSync(join(root, ATTEMPTS_DIR, '.elsewhere.tmp'), join(root, ATTEMPTS_DIR, `${a.id}.json`));
    const s3 = await openStore(root);
    assert.equal(s3.summary(a.id)?.title, 'Renamed title');
  });

  it('trusts the index without a stat per record while the folder is unchanged; reload checks every record', async () => {
    const reads: string[] = [];
    const counting: FileSystem = { ...nodeFileSystem, readText: (p) => (reads.push(p), nodeFileSystem.readText(p)) };
    const s1 = await openStore(root, { now: hourLater });
    const a = await s1.save(draft());
    await s1.save(draft());
    await s1.close();

    reads.length = 0;
    const s2 = await openStore(root, { fs: counting, now: hourLater });
    assert.deepEqual(reads.filter((p) => p.includes(ATTEMPTS_DIR)), [], 'fast path: no record read');

    // Rewritten in place with the same size (another program): the folder does not change…
    const path = join(root, ATTEMPTS_DIR, `${a.id}.json`);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('Numerically stable softmax', 'Numerically STABLE softmax'));
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    const s3 = await openStore(root, { now: hourLater });
    assert.equal(s3.summary(a.id)?.title, 'Numerically stable softmax', 'documented: open does not see an in-place rewrite');
    // …but a reload stats every record and does.
    await s3.reload();
    assert.equal(s3.summary(a.id)?.title, 'Numerically STABLE softmax');
    assert.equal(s2.list().length, 2);
  });

  it('moves aside a record whose id does not match its file name', async () => {
    const s1 = await openStore(root);
    const a = await s1.save(draft());
    writeFileSync(join(root, ATTEMPTS_DIR, 'COPY1.json'), readFileSync(join(root, ATTEMPTS_DIR, `${a.id}.json`)));
    const s2 = await openStore(root);
    assert.deepEqual(s2.issues.map((i) => (i.kind === 'corrupt' ? i.reason : i.kind)), ['invalid']);
    assert.deepEqual(s2.list().map((s) => s.id), [a.id]);
  });

  it('never moves or rewrites a record it cannot read because of an I/O error', async () => {
    const s1 = await openStore(root);
    const a = await s1.save(draft());
    const path = join(root, ATTEMPTS_DIR, `${a.id}.json`);
    const denied: FileSystem = {
      ...nodeFileSystem,
      async readText(p) {
        if (p === path) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
        return nodeFileSystem.readText(p);
      },
    };
    const s2 = await openStore(root, { fs: denied });
    assert.deepEqual(s2.issues.map((i) => i.kind), ['unreadable']);
    assert.ok(existsSync(path));
    const s3 = await openStore(root);
    assert.deepEqual(s3.list().map((s) => s.id), [a.id]);
  });

  it('migrates a record of an older schema after backing it up; an unmigratable one is left in place and reported', async () => {
    const s1 = await openStore(root);
    const a = await s1.save(draft());
    await s1.close();
    // Pretend version 0 named the field "lang".
    const path = join(root, ATTEMPTS_DIR, `${a.id}.json`);
    const v0 = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    v0.schemaVersion = 0;
    v0.lang = v0.language;
    delete v0.language;
    const v0Text = JSON.stringify(v0);
    writeFileSync(path, v0Text);

    const noMigrations = await openStore(root, { migrations: [] });
    assert.deepEqual(noMigrations.issues.map((i) => i.kind), ['migration-failed']);
    assert.equal(readFileSync(path, 'utf8'), v0Text, 'left as it was');

    const migrations: Migration[] = [
      {
        from: 0,
        migrate: ({ lang, ...rest }) => ({ ...rest, language: lang }),
      },
      ...ATTEMPT_MIGRATIONS,
    ];
    const s2 = await openStore(root, { migrations });
    assert.deepEqual(s2.issues, []);
    assert.equal(s2.summary(a.id)?.language, 'python');
    assert.equal(readFileSync(join(root, BACKUPS_DIR, `${a.id}.json.v0`), 'utf8'), v0Text, 'backup of the original bytes');
    const migrated = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    assert.equal(migrated.schemaVersion, ATTEMPT_SCHEMA_VERSION);
    assert.equal(migrated.language, 'python');
    assert.equal('lang' in migrated, false);
  });

  it('removes temporary files of dead writers at open, keeps those of live ones (until stale)', async () => {
    const dir = join(root, ATTEMPTS_DIR);
    const s0 = await openStore(root);
    await s0.close();
    writeFileSync(join(dir, '.X1.json.999991-ab12.tmp'), '{"half');
    writeFileSync(join(dir, '.X2.json.999992-cd34.tmp'), '{"half');
    const alive = (pid: number) => pid === 999992;
    await openStore(root, { isProcessAlive: alive });
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), ['.X2.json.999992-cd34.tmp']);
    await openStore(root, { isProcessAlive: alive, now: () => new Date(Date.now() + STALE_TEMP_MS + 60_000) });
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), []);
  });

  it('a record truncated in place after the index was written is moved aside by the next reload', async () => {
    const s1 = await openStore(root);
    const a = await s1.save(draft());
    const b = await s1.save(draft());
    await s1.close();
    truncateSync(join(root, ATTEMPTS_DIR, `${a.id}.json`), 100);
    const s2 = await openStore(root);
    const found = [...s2.issues, ...(await s2.reload())];
    assert.deepEqual(found.map((i) => (i.kind === 'corrupt' ? i.reason : i.kind)), ['truncated']);
    assert.deepEqual(s2.list().map((s) => s.id), [b.id]);
    assert.equal(await s2.get(a.id), undefined);
  });

  it('trusts mtimes only outside the racy window: 100 ms with sub-second timestamps, 3 s with whole seconds', () => {
    const now = 1_700_000_010_000;
    assert.equal(isRacy(now - 50.5, now), true);
    assert.equal(isRacy(now - 150.5, now), false);
    assert.equal(isRacy(now - 2000, now), true, 'whole seconds: a 1–2 s file system');
    assert.equal(isRacy(now - 4000, now), false);
  });

  it('exports JSON as {schemaVersion, attempts} with the records as stored', async () => {
    const store = await openStore(root);
    const first = await store.save(draft({ startedAt: '2025-03-01T10:00:00.000Z' }));
    const second = await store.save(draft({ startedAt: '2025-03-02T10:00:00.000Z', runs: [] }));
    const out = JSON.parse(await store.export('json')) as { schemaVersion: number; attempts: Record<string, unknown>[] };
    assert.equal(out.schemaVersion, ATTEMPT_SCHEMA_VERSION);
    assert.deepEqual(out.attempts, [first, second]);
    for (const a of out.attempts) {
      for (const key of ['problemId', 'kind', 'language', 'startedAt', 'endedAt', 'verdict', 'passed', 'total', 'hintsUsed']) assert.ok(key in a, key);
    }
    assert.equal(out.attempts[1]?.verdict, 'incomplete');
    const csv = await store.export('csv');
    assert.equal(csv.split('\r\n').length, 4);
    assert.match(await store.export('markdown', { now: new Date('2025-03-03T00:00:00Z'), utcOffset: 0 }), /^# Practice history/);
  });

  it('an index of the old positional format is not used: the history is read from the records and the index rewritten', async () => {
    const s1 = await openStore(root, { now: hourLater });
    const saved = [
      await s1.save(draft({ selfRating: 2, note: 'x' }), { snapshots: { 0: 'c' } }),
      await s1.save(draft()),
      await s1.save(draft({ runs: [] })),
    ];
    const summaries = s1.list();
    await s1.close();

    // The index as format 1 wrote it: one row per record, the summary as a tuple by position.
    const oldOrder = [
      'id', 'problemId', 'kind', 'round', 'title', 'difficulty', 'language', 'startedAt', 'endedAt', 'budgetMs',
      'timeUsedMs', 'pausedMs', 'overtime', 'overtimeMs', 'verdict', 'passed', 'total', 'score', 'hintsUsed',
      'interviewMode', 'selfRating', 'note', 'runCount', 'submitCount', 'snapshotRuns',
    ] as const;
    const current = decodeIndex(JSON.parse(readFileSync(join(root, INDEX_FILE), 'utf8')));
    assert.ok(current);
    const rows = [...current.entries].map(([name, e]) => {
      const s = e.summary;
      assert.ok(s);
      return [name.slice(0, -'.json'.length), e.size, e.mtimeMs, oldOrder.map((f) => (f === 'title' ? 'stale title' : s[f])), null];
    });
    writeFileSync(join(root, INDEX_FILE), JSON.stringify({ format: 1, schemaVersion: 1, dirMtimeMs: current.dirMtimeMs, entries: rows }));

    const reads: string[] = [];
    const counting: FileSystem = { ...nodeFileSystem, readText: (p) => (reads.push(p), nodeFileSystem.readText(p)) };
    const s2 = await openStore(root, { fs: counting, now: hourLater });
    assert.deepEqual(s2.issues, []);
    assert.deepEqual(s2.list(), summaries, 'every attempt, from its record');
    assert.equal(reads.filter((p) => p.includes(ATTEMPTS_DIR)).length, saved.length, 'each record read once');
    for (const a of saved) assert.deepEqual(await s2.get(a.id), a);
    assert.equal(await s2.readSnapshot(saved[0]!.id, 0), 'c');
    await s2.close();

    assert.ok(decodeIndex(JSON.parse(readFileSync(join(root, INDEX_FILE), 'utf8'))), 'rewritten in the current format');
    reads.length = 0;
    const s3 = await openStore(root, { fs: counting, now: hourLater });
    assert.deepEqual(s3.list(), summaries);
    assert.deepEqual(reads.filter((p) => p.includes(ATTEMPTS_DIR)), [], 'the rewritten index is used');
  });
});
