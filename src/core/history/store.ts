/**
 * The durable attempt history: one JSON file per attempt, safe for several VS Code windows
 * (processes) writing at the same time, tolerant of damaged files.
 *
 * Layout under the root directory (the extension passes a folder of its globalStorageUri):
 *
 *     attempts/<id>.json                  one record per attempt, named by its unique id
 *     attempts/<id>.json.corrupt-<time>   a damaged record, moved aside (never read again)
 *     snapshots/<id>.<runIndex>.txt       the code of one run of an attempt
 *     backups/<id>.json.v<n>              the original bytes of a record before its migration from version n
 *     index.json                          summaries of all records: a cache, rebuilt when missing or stale
 *     .<name>.<pid>-<random>.tmp          a write in progress (or one a crash interrupted)
 *
 * Concurrency: every write replaces a whole file atomically (`atomicWrite.ts`), and two
 * windows never write the same record because each creates its own ids; so two writers can
 * neither lose nor merge each other's attempts. The index is only an optimisation: each
 * entry carries the size and mtime of the record it summarises, and `reload` checks it
 * against the directory listing and a stat of every record, re-reading what is new or
 * changed and dropping what is gone. `open` does the same, except when the attempts folder's
 * mtime still equals the one recorded in the index: then nothing was created, replaced or
 * deleted there since (every write renames a file into the folder), and the known entries
 * are taken without a stat (10,000 stats cost 50–200 ms). Entries and folder mtimes within
 * the racy window of a scan (`isRacy`) are not trusted next time (a change in the same
 * timestamp tick would otherwise go unnoticed). `close` checks every record once more, so
 * that the next `open` normally takes the fast path; after a crash it does not. A lost race between two windows writing the index costs only
 * some re-reads at the next open. A record rewritten in place by another program (not by a
 * rename) is noticed at the next `reload`, or at the next `open` after any other change.
 *
 * Damage: a record that is empty, truncated, not JSON or not a valid attempt is renamed to
 * `*.corrupt-<time>` and reported once (in `issues`); the other records load. A record from
 * a NEWER schema is skipped, reported, and never rewritten or deleted (`save` and `delete`
 * refuse it). A record from an older schema is backed up and then migrated in place.
 *
 * I/O errors other than "file not found" never cause a file to be moved or rewritten; the
 * record is reported as `unreadable` and tried again at the next load.
 *
 * Typical use by the UI:
 *
 *     const store = await HistoryStore.open(join(context.globalStorageUri.fsPath, 'history'));
 *     if (store.issues.length > 0) warnOnce(store.issues);        // one warning for all problems
 *     tree.show(store.list());                                    // summaries, newest first; no file read
 *     const attempt = await store.get(id);                        // one full record
 *     const code = await store.readSnapshot(id, runIndex);        // one code snapshot
 *     await store.save(draft, { snapshots: { [runIndex]: code } });
 *     store.onDidChange(() => tree.refresh());
 *     watcher.onDidChange(() => void store.reload());             // writes of other windows
 *     // on deactivate: await store.close();
 */
import { join } from 'node:path';
import type { AtomicWriteOptions } from './atomicWrite';
import { parseTempName, prepareWrite, renameWithRetry, writeFileAtomic } from './atomicWrite';
import type { FileSystem } from './fileSystem';
import { errorCode, errorMessage, nodeFileSystem } from './fileSystem';
import type { Migration } from './migrate';
import { ATTEMPT_MIGRATIONS, migrateRecord, schemaVersionOf } from './migrate';
import type { Attempt, AttemptInput, AttemptSummary } from './model';
import { ATTEMPT_ID_PATTERN, ATTEMPT_SCHEMA_VERSION, parseAttempt, summarize } from './model';
import { withOutcome } from './outcome';
import type { ExportOptions } from './exportFormats';
import { toCsv, toJsonExport, toMarkdownReport } from './exportFormats';

export const ATTEMPTS_DIR = 'attempts';
export const SNAPSHOTS_DIR = 'snapshots';
export const BACKUPS_DIR = 'backups';
export const INDEX_FILE = 'index.json';
/** Bumped whenever the index layout or `AttemptSummary` changes: an index of another format is rebuilt. */
export const INDEX_FORMAT = 1;

/** The order of an `AttemptSummary`'s fields in an index row (a tuple is half the size of an object). */
const SUMMARY_FIELDS = [
  'id', 'problemId', 'kind', 'round', 'title', 'difficulty', 'language', 'startedAt', 'endedAt', 'budgetMs',
  'timeUsedMs', 'pausedMs', 'overtime', 'overtimeMs', 'verdict', 'passed', 'total', 'score', 'hintsUsed',
  'interviewMode', 'selfRating', 'note', 'runCount', 'submitCount', 'snapshotRuns',
] as const satisfies readonly (keyof AttemptSummary)[];
// Compile-time check that the list names every field.
type MissingSummaryField = Exclude<keyof AttemptSummary, (typeof SUMMARY_FIELDS)[number]>;
const everySummaryField: MissingSummaryField extends never ? true : never = true;
void everySummaryField;
const STARTED_AT_FIELD = SUMMARY_FIELDS.indexOf('startedAt');
/**
 * A file (or the attempts folder) modified this recently before a scan is not trusted at the
 * next scan: another change in the same timestamp tick would keep the same mtime. 3 s covers
 * file systems with 1–2 s timestamps (FAT, HFS+, some network shares); where the mtime shows
 * sub-second precision, ticks are at most a few ms and `FINE_RACY_WINDOW_MS` is enough.
 */
export const RACY_WINDOW_MS = 3000;
export const FINE_RACY_WINDOW_MS = 100;

/** Whether an mtime is too close to `nowMs` to be trusted next time (see `RACY_WINDOW_MS`). */
export function isRacy(mtimeMs: number, nowMs: number): boolean {
  const window = mtimeMs % 1000 === 0 ? RACY_WINDOW_MS : FINE_RACY_WINDOW_MS;
  return mtimeMs >= nowMs - window;
}
/** A temporary file of a live process is removed only when older than this. */
export const STALE_TEMP_MS = 60 * 60 * 1000;

export function attemptFileName(id: string): string {
  return `${id}.json`;
}

export function snapshotFileName(id: string, runIndex: number): string {
  return `${id}.${runIndex}.txt`;
}

/** The bytes of a record on disk (2-space JSON and a final newline). */
export function serializeAttempt(attempt: Attempt): string {
  return JSON.stringify(attempt, null, 2) + '\n';
}

const RECORD_NAME = /^([A-Za-z0-9][A-Za-z0-9_-]{0,63})\.json$/;

/** What a load found wrong, for one warning in the UI. `file` is an absolute path. */
export type StoreIssue =
  | {
      readonly kind: 'corrupt';
      readonly file: string;
      readonly reason: 'empty' | 'truncated' | 'not-json' | 'invalid';
      readonly detail: string;
      /** Where the file was moved; null when moving it failed (it is reported again next load). */
      readonly movedTo: string | null;
    }
  | { readonly kind: 'newer-schema'; readonly file: string; readonly schemaVersion: number }
  | { readonly kind: 'migration-failed'; readonly file: string; readonly schemaVersion: number; readonly detail: string }
  | { readonly kind: 'unreadable'; readonly file: string; readonly detail: string };

export type HistoryStoreErrorCode = 'newer-schema' | 'invalid-attempt' | 'invalid-snapshot';

export class HistoryStoreError extends Error {
  constructor(
    readonly code: HistoryStoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HistoryStoreError';
  }
}

export interface HistoryChange {
  readonly reason: 'save' | 'delete' | 'reload';
  /** Ids saved, deleted, or (reload) added, changed or removed. */
  readonly ids: readonly string[];
}

/** The fields `withOutcome` derives; a caller may leave them out. */
type DerivedField = 'verdict' | 'passed' | 'total' | 'score' | 'hintsUsed' | 'overtime' | 'overtimeMs';

/**
 * What `save` accepts: an attempt without its derived fields (they are recomputed anyway) and
 * without `schemaVersion` (always the current one). A full `Attempt` from `get` is accepted too.
 */
export type AttemptDraft = Omit<AttemptInput, 'schemaVersion' | DerivedField> & Partial<Pick<AttemptInput, 'schemaVersion' | DerivedField>>;

export interface SaveOptions {
  /** Code to keep, by index into `runs`: stored as separate files, marks the run `hasSnapshot`. */
  readonly snapshots?: Readonly<Record<number, string>>;
}

export interface HistoryStoreOptions {
  readonly fs?: FileSystem;
  /** The time used in `*.corrupt-<time>` names and for the racy-entry rule. */
  readonly now?: () => Date;
  readonly migrations?: readonly Migration[];
  /** Whether a process id is alive (to remove temporary files of crashed writers). */
  readonly isProcessAlive?: (pid: number) => boolean;
  readonly write?: AtomicWriteOptions;
}

interface Entry {
  readonly size: number;
  /** -1: not trusted, re-read at the next scan. */
  readonly mtimeMs: number;
  readonly summary: AttemptSummary | null;
  /** Schema version of a newer-schema record (then `summary` is null). */
  readonly newer: number | null;
}

type Loaded =
  | { readonly status: 'ok'; readonly attempt: Attempt; readonly size: number }
  | { readonly status: 'newer'; readonly schemaVersion: number }
  | { readonly status: 'gone' }
  | { readonly status: 'bad' };

function defaultIsProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errorCode(err) === 'EPERM';
  }
}

function timeStamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

function sameSummary(a: AttemptSummary | null, b: AttemptSummary | null): boolean {
  return a === b || (a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
}

function classifyUnparsable(text: string): 'empty' | 'truncated' | 'not-json' {
  const trimmed = text.trim();
  if (trimmed.length === 0) return 'empty';
  return trimmed.startsWith('{') ? 'truncated' : 'not-json';
}

export function summaryToRow(s: AttemptSummary): unknown[] {
  return SUMMARY_FIELDS.map((f) => s[f]);
}

/**
 * The inverse of `summaryToRow`, written out as one object literal so that all summaries share
 * one hidden class (building them key by key is several times slower for 10,000 rows).
 * Field types are not checked here: the index is this module's own cache, checked for format.
 */
export function summaryFromRow(t: readonly unknown[]): AttemptSummary {
  const v = t as readonly never[];
  return {
    id: v[0], problemId: v[1], kind: v[2], round: v[3], title: v[4], difficulty: v[5], language: v[6],
    startedAt: v[7], endedAt: v[8], budgetMs: v[9], timeUsedMs: v[10], pausedMs: v[11], overtime: v[12],
    overtimeMs: v[13], verdict: v[14], passed: v[15], total: v[16], score: v[17], hintsUsed: v[18],
    interviewMode: v[19], selfRating: v[20], note: v[21], runCount: v[22], submitCount: v[23], snapshotRuns: v[24],
  };
}

/** The entries of a persisted index; undefined when it is of another format or damaged in any way. */
function parseIndex(raw: unknown): { entries: Map<string, Entry>; dirMtimeMs: number } | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as { format?: unknown; schemaVersion?: unknown; dirMtimeMs?: unknown; entries?: unknown };
  if (r.format !== INDEX_FORMAT || r.schemaVersion !== ATTEMPT_SCHEMA_VERSION || typeof r.dirMtimeMs !== 'number' || !Array.isArray(r.entries)) return undefined;
  const entries = new Map<string, Entry>();
  for (const row of r.entries as unknown[]) {
    if (!Array.isArray(row) || row.length !== 5) return undefined;
    const id: unknown = row[0];
    const size: unknown = row[1];
    const mtimeMs: unknown = row[2];
    const tuple: unknown = row[3];
    const newer: unknown = row[4];
    if (typeof id !== 'string' || typeof size !== 'number' || typeof mtimeMs !== 'number') return undefined;
    if (tuple === null) {
      if (typeof newer !== 'number') return undefined;
      entries.set(attemptFileName(id), { size, mtimeMs, summary: null, newer });
      continue;
    }
    if (newer !== null || !Array.isArray(tuple) || tuple.length !== SUMMARY_FIELDS.length || tuple[0] !== id || typeof tuple[STARTED_AT_FIELD] !== 'string') return undefined;
    entries.set(attemptFileName(id), { size, mtimeMs, summary: summaryFromRow(tuple), newer: null });
  }
  return { entries, dirMtimeMs: r.dirMtimeMs };
}

/**
 * The history of attempts under one root directory. Create with `HistoryStore.open`; call
 * `close()` when done (it persists the index). All methods are safe to call while other
 * processes use the same root.
 */
export class HistoryStore {
  private readonly fs: FileSystem;
  private readonly now: () => Date;
  private readonly migrations: readonly Migration[];
  private readonly isProcessAlive: (pid: number) => boolean;
  private readonly writeOptions: AtomicWriteOptions;
  private readonly attemptsDir: string;
  private readonly snapshotsDir: string;
  private readonly backupsDir: string;

  private entries = new Map<string, Entry>();
  /** mtime of the attempts folder when the entries were last checked against every record; -1: unknown or too recent. */
  private dirMtimeMs = -1;
  private sorted: readonly AttemptSummary[] | undefined;
  private indexDirty = false;
  private readonly allIssues: StoreIssue[] = [];
  private readonly reportedNewer = new Set<string>();
  private readonly listeners = new Set<(change: HistoryChange) => void>();
  private scanChain: Promise<unknown> = Promise.resolve();
  private pendingFlush: Promise<void> = Promise.resolve();

  private constructor(
    readonly root: string,
    options: HistoryStoreOptions,
  ) {
    this.fs = options.fs ?? nodeFileSystem;
    this.now = options.now ?? (() => new Date());
    this.migrations = options.migrations ?? ATTEMPT_MIGRATIONS;
    this.isProcessAlive = options.isProcessAlive ?? defaultIsProcessAlive;
    this.writeOptions = options.write ?? {};
    this.attemptsDir = join(root, ATTEMPTS_DIR);
    this.snapshotsDir = join(root, SNAPSHOTS_DIR);
    this.backupsDir = join(root, BACKUPS_DIR);
  }

  /**
   * Opens (creating if needed) the history under `root`: loads the index, checks it against
   * the records on disk, moves damaged records aside, migrates old ones, and (just after
   * returning, on a timer) writes the index back when it was stale. Problems found are in
   * `issues`; opening only fails when the root cannot be created or listed.
   */
  static async open(root: string, options: HistoryStoreOptions = {}): Promise<HistoryStore> {
    const store = new HistoryStore(root, options);
    await store.fs.mkdirp(store.attemptsDir);
    await store.fs.mkdirp(store.snapshotsDir);
    await store.loadIndex();
    await store.scan(true);
    // Written right after the caller has shown the list, not before.
    if (store.indexDirty) store.pendingFlush = new Promise((resolve) => setTimeout(resolve, 0)).then(() => store.flush());
    return store;
  }

  /** Every problem found since this store was opened, in order; each damaged file appears once. */
  get issues(): readonly StoreIssue[] {
    return this.allIssues;
  }

  /** Light records of every loaded attempt, newest first (by `startedAt`, then id). Reads no file. */
  list(): readonly AttemptSummary[] {
    if (this.sorted === undefined) {
      const keyed: { t: number; s: AttemptSummary }[] = [];
      for (const e of this.entries.values()) if (e.summary) keyed.push({ t: Date.parse(e.summary.startedAt), s: e.summary });
      keyed.sort((a, b) => b.t - a.t || (a.s.id < b.s.id ? 1 : a.s.id > b.s.id ? -1 : 0));
      this.sorted = keyed.map((k) => k.s);
    }
    return this.sorted;
  }

  /** The light record of one attempt, without reading a file. */
  summary(id: string): AttemptSummary | undefined {
    return this.entries.get(attemptFileName(id))?.summary ?? undefined;
  }

  /**
   * The full record of one attempt (runs, cases, hints, answer), read from disk; undefined when
   * absent, damaged or newer. A damaged record found here is moved aside and reported (in
   * `issues`) as at load; an older one is migrated.
   */
  async get(id: string): Promise<Attempt | undefined> {
    if (!ATTEMPT_ID_PATTERN.test(id)) return undefined;
    const loaded = await this.loadRecord(attemptFileName(id));
    return loaded.status === 'ok' ? loaded.attempt : undefined;
  }

  /** The code of run `runIndex` of an attempt; undefined when it was not kept. */
  async readSnapshot(attemptId: string, runIndex: number): Promise<string | undefined> {
    if (!ATTEMPT_ID_PATTERN.test(attemptId) || !Number.isInteger(runIndex) || runIndex < 0) return undefined;
    try {
      return await this.fs.readText(join(this.snapshotsDir, snapshotFileName(attemptId, runIndex)));
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return undefined;
      throw err;
    }
  }

  /**
   * Creates or replaces an attempt. The derived fields (verdict, passed/total, score, hints
   * used, overtime) are recomputed, the record is validated (`HistoryStoreError`
   * `invalid-attempt`), the snapshots are written first and the record last, each atomically.
   * Refuses (`newer-schema`) to replace a record written by a newer version.
   */
  async save(draft: AttemptDraft, options: SaveOptions = {}): Promise<Attempt> {
    const snapshots = Object.entries(options.snapshots ?? {}).map(([k, code]) => ({ index: Number(k), code }));
    for (const s of snapshots) {
      if (!Number.isInteger(s.index) || s.index < 0 || s.index >= draft.runs.length || typeof s.code !== 'string') {
        throw new HistoryStoreError('invalid-snapshot', `snapshot for run ${s.index}: no such run, or the code is not text`);
      }
    }
    const parsed = parseAttempt(
      withOutcome({
        ...draft,
        schemaVersion: ATTEMPT_SCHEMA_VERSION,
        runs: draft.runs.map((r, i) => (snapshots.some((s) => s.index === i) ? { ...r, hasSnapshot: true } : r)),
      }),
    );
    if (!parsed.ok) throw new HistoryStoreError('invalid-attempt', `invalid attempt: ${parsed.error}`);
    const attempt = parsed.attempt;
    const name = attemptFileName(attempt.id);

    await this.assertNotNewer(name);
    const data = serializeAttempt(attempt);
    // All files are written and flushed in parallel; the snapshots are renamed into place
    // before the record that references them.
    const settled = await Promise.allSettled([
      prepareWrite(this.fs, this.attemptsDir, name, data, this.writeOptions),
      ...snapshots.map((s) => prepareWrite(this.fs, this.snapshotsDir, snapshotFileName(attempt.id, s.index), s.code, this.writeOptions)),
    ]);
    const prepared = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    const [record, ...codeFiles] = prepared;
    if (failed || !record) {
      await Promise.all(prepared.map((p) => p.abort()));
      throw failed?.reason ?? new Error('write failed');
    }
    try {
      await Promise.all(codeFiles.map((p) => p.commit()));
    } catch (err) {
      await record.abort();
      throw err;
    }
    await record.commit();

    this.entries.set(name, { size: Buffer.byteLength(data), mtimeMs: -1, summary: summarize(attempt), newer: null });
    this.changed(true);
    this.emit({ reason: 'save', ids: [attempt.id] });
    return attempt;
  }

  /** Deletes an attempt and its snapshots; false when it did not exist. Refuses a newer-schema record. */
  async delete(id: string): Promise<boolean> {
    if (!ATTEMPT_ID_PATTERN.test(id)) return false;
    const name = attemptFileName(id);
    await this.assertNotNewer(name);
    const known = this.entries.get(name)?.summary;
    let snapshotRuns = known?.snapshotRuns ?? [];
    if (!known) {
      const loaded = await this.loadRecord(name);
      if (loaded.status === 'ok') snapshotRuns = summarize(loaded.attempt).snapshotRuns;
    }
    let existed = true;
    try {
      await this.fs.unlink(join(this.attemptsDir, name));
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') throw err;
      existed = false;
    }
    // The record goes first: a crash now leaves only unreferenced snapshots, never a record without its code.
    await Promise.all(snapshotRuns.map((i) => this.fs.unlink(join(this.snapshotsDir, snapshotFileName(id, i))).catch(() => undefined)));
    if (this.entries.delete(name)) this.changed(true);
    if (existed) this.emit({ reason: 'delete', ids: [id] });
    return existed;
  }

  /**
   * Brings the in-memory view up to date with the disk (other windows' writes, deletions,
   * damage). Returns the problems found by this call only. Concurrent calls are serialised.
   */
  reload(): Promise<readonly StoreIssue[]> {
    const run = this.scanChain.then(() => this.scan(false));
    this.scanChain = run.catch(() => undefined);
    return run;
  }

  /**
   * Exports every attempt. `json`: `{"schemaVersion": n, "attempts": [...]}` with the full
   * records as stored, oldest first (reads every record). `csv`: one row per attempt, oldest
   * first. `markdown`: a summary per round and a table of attempts, newest first.
   * Newer-schema records are not exported.
   */
  async export(format: 'json' | 'csv' | 'markdown', options: ExportOptions = {}): Promise<string> {
    const oldestFirst = [...this.list()].reverse();
    if (format === 'csv') return toCsv(oldestFirst);
    if (format === 'markdown') return toMarkdownReport(this.list(), options);
    const records: Attempt[] = [];
    for (const s of oldestFirst) {
      const a = await this.get(s.id);
      if (a) records.push(a);
    }
    return toJsonExport(records);
  }

  /** Calls `listener` after each save, delete, and reload that changed something. Returns the unsubscribe function. */
  onDidChange(listener: (change: HistoryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes the index if it changed since it was read or written. Failures are ignored (it is a cache). */
  async flush(): Promise<void> {
    if (!this.indexDirty) return;
    this.indexDirty = false;
    const nowMs = this.now().getTime();
    const rows: unknown[] = [];
    for (const [name, e] of this.entries) {
      rows.push([name.slice(0, -'.json'.length), e.size, isRacy(e.mtimeMs, nowMs) ? -1 : e.mtimeMs, e.summary && summaryToRow(e.summary), e.newer]);
    }
    const data = JSON.stringify({ format: INDEX_FORMAT, schemaVersion: ATTEMPT_SCHEMA_VERSION, dirMtimeMs: this.dirMtimeMs, entries: rows });
    try {
      // A cache: no fsync (a damaged index is detected and rebuilt).
      await writeFileAtomic(this.fs, this.root, INDEX_FILE, data, { ...this.writeOptions, sync: false });
    } catch {
      this.indexDirty = true;
    }
  }

  /**
   * Checks every record once more (a full `reload`) and persists the index, so that the next
   * `open` can take its fast path (see the file comment). Call it when the window closes; the
   * store stays usable. Listeners are removed.
   */
  async close(): Promise<void> {
    this.listeners.clear();
    await this.pendingFlush;
    await this.reload().catch(() => undefined);
    await this.flush();
  }

  /**
   * Housekeeping the UI may run when idle: removes temporary files of crashed writers from the
   * root and the snapshots folder, and snapshots of attempts that have no file at all in the
   * attempts folder (not even a damaged or moved-aside one). Files younger than
   * `STALE_TEMP_MS` are kept, so that a save in progress in another window is never touched.
   * Returns how many files were removed.
   */
  async compact(): Promise<number> {
    await this.reload();
    const list = (dir: string): Promise<string[]> => this.fs.readdir(dir).catch(() => []);
    const [rootNames, snapshotNames, recordNames] = await Promise.all([list(this.root), list(this.snapshotsDir), list(this.attemptsDir)]);
    // Ids with any file: a record, a moved-aside damaged record, a newer or unreadable one.
    const ids = new Set(recordNames.map((n) => n.split('.json')[0]));
    const cutoff = this.now().getTime() - STALE_TEMP_MS;
    const doomed: string[] = [];
    for (const name of rootNames) {
      const temp = parseTempName(name);
      if (temp && (await this.isStaleTemp(join(this.root, name), temp.pid))) doomed.push(join(this.root, name));
    }
    for (const name of snapshotNames) {
      const path = join(this.snapshotsDir, name);
      const temp = parseTempName(name);
      if (temp) {
        if (await this.isStaleTemp(path, temp.pid)) doomed.push(path);
        continue;
      }
      const m = /^(.+)\.\d+\.txt$/.exec(name);
      if (!m || m[1] === undefined || ids.has(m[1])) continue;
      const st = await this.fs.stat(path).catch(() => undefined);
      if (st !== undefined && st.mtimeMs < cutoff) doomed.push(path);
    }
    let removed = 0;
    for (const path of doomed) {
      await this.fs.unlink(path).then(
        () => removed++,
        () => undefined,
      );
    }
    return removed;
  }

  // ---------------------------------------------------------------------------------------

  private changed(indexDirty: boolean): void {
    this.sorted = undefined;
    if (indexDirty) this.indexDirty = true;
  }

  private emit(change: HistoryChange): void {
    for (const l of [...this.listeners]) {
      try {
        l(change);
      } catch {
        // A failing listener must not break the store or the other listeners.
      }
    }
  }

  private report(issue: StoreIssue): void {
    this.allIssues.push(issue);
  }

  private async assertNotNewer(name: string): Promise<void> {
    const known = this.entries.get(name);
    if (known?.newer != null) throw new HistoryStoreError('newer-schema', `${name} was written by a newer version (schema ${known.newer}); it is left untouched`);
    // Another window of a newer version may have rewritten the record since it was loaded.
    let text: string;
    try {
      text = await this.fs.readText(join(this.attemptsDir, name));
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return;
      throw err;
    }
    let version: number | undefined;
    try {
      version = schemaVersionOf(JSON.parse(text));
    } catch {
      return; // damaged: replacing it with a valid record is fine
    }
    if (version !== undefined && version > ATTEMPT_SCHEMA_VERSION) {
      throw new HistoryStoreError('newer-schema', `${name} was written by a newer version (schema ${version}); it is left untouched`);
    }
  }

  private async loadIndex(): Promise<void> {
    let raw: unknown;
    try {
      raw = JSON.parse(await this.fs.readText(join(this.root, INDEX_FILE)));
    } catch {
      this.indexDirty = true;
      return;
    }
    const parsed = parseIndex(raw);
    if (parsed) {
      this.entries = parsed.entries;
      this.dirMtimeMs = parsed.dirMtimeMs;
    } else {
      this.indexDirty = true;
    }
  }

  /**
   * Checks the entries against the attempts folder. `trustUnchangedDir` (used by `open`): when
   * the folder's mtime equals the one recorded with the index, no record was created, replaced
   * (every write is a rename into the folder) or deleted since, so known entries are taken
   * without a stat; only names the index does not know, and entries it marked untrusted, are
   * read. Otherwise every record is stat'ed and re-read when its size or mtime changed.
   */
  private async scan(trustUnchangedDir: boolean): Promise<readonly StoreIssue[]> {
    const issuesBefore = this.allIssues.length;
    const scanStart = this.now().getTime();
    let dirMtimeMs = -1;
    let names: string[];
    try {
      dirMtimeMs = (await this.fs.stat(this.attemptsDir)).mtimeMs;
      names = await this.fs.readdir(this.attemptsDir);
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') throw err;
      names = [];
    }
    const trusted = trustUnchangedDir && dirMtimeMs >= 0 && dirMtimeMs === this.dirMtimeMs;
    const before = new Map(this.entries);
    const seen = new Set<string>();
    const changedIds: string[] = [];
    const temps: { name: string; pid: number }[] = [];

    for (const name of names) {
      const m = RECORD_NAME.exec(name);
      if (!m || m[1] === undefined) {
        const temp = parseTempName(name);
        if (temp) temps.push({ name, pid: temp.pid });
        continue;
      }
      seen.add(name);
      const old = before.get(name);
      if (trusted && old && old.mtimeMs >= 0) continue;
      let st;
      try {
        st = await this.fs.stat(join(this.attemptsDir, name));
      } catch (err) {
        if (errorCode(err) !== 'ENOENT') this.report({ kind: 'unreadable', file: join(this.attemptsDir, name), detail: errorMessage(err) });
        continue;
      }
      if (old && old.size === st.size && old.mtimeMs === st.mtimeMs) continue;

      const loaded = await this.loadRecord(name);
      // A save or delete by this store while we were reading wins over what we read.
      if (this.entries.get(name) !== old) continue;
      const mtimeMs = isRacy(st.mtimeMs, scanStart) ? -1 : st.mtimeMs;
      let next: Entry | undefined;
      if (loaded.status === 'ok') next = { size: loaded.size, mtimeMs: loaded.size === st.size ? mtimeMs : -1, summary: summarize(loaded.attempt), newer: null };
      else if (loaded.status === 'newer') next = { size: st.size, mtimeMs, summary: null, newer: loaded.schemaVersion };
      if (next) this.entries.set(name, next);
      else this.entries.delete(name);
      this.indexDirty = true;
      if (!sameSummary(old?.summary ?? null, next?.summary ?? null) || (old?.newer ?? null) !== (next?.newer ?? null)) changedIds.push(m[1]);
    }

    for (const [name, old] of before) {
      if (seen.has(name) || this.entries.get(name) !== old) continue;
      this.entries.delete(name);
      this.indexDirty = true;
      changedIds.push(name.slice(0, -'.json'.length));
    }

    // Remember the folder's mtime only when it had been quiet for a while before this scan:
    // a change in the same timestamp tick as the stat above would otherwise go unnoticed.
    const nextDirMtime = dirMtimeMs >= 0 && !isRacy(dirMtimeMs, scanStart) ? dirMtimeMs : -1;
    if (nextDirMtime !== this.dirMtimeMs) {
      this.dirMtimeMs = nextDirMtime;
      this.indexDirty = true;
    }

    for (const [name, e] of this.entries) {
      if (e.newer !== null && !this.reportedNewer.has(name)) {
        this.reportedNewer.add(name);
        this.report({ kind: 'newer-schema', file: join(this.attemptsDir, name), schemaVersion: e.newer });
      }
    }

    for (const t of temps) {
      if (await this.isStaleTemp(join(this.attemptsDir, t.name), t.pid)) await this.fs.unlink(join(this.attemptsDir, t.name)).catch(() => undefined);
    }

    if (changedIds.length > 0) {
      this.changed(false);
      this.emit({ reason: 'reload', ids: changedIds });
    }
    return this.allIssues.slice(issuesBefore);
  }

  private async isStaleTemp(path: string, pid: number): Promise<boolean> {
    if (pid === process.pid) return false;
    if (!this.isProcessAlive(pid)) return true;
    const st = await this.fs.stat(path).catch(() => undefined);
    return st !== undefined && st.mtimeMs < this.now().getTime() - STALE_TEMP_MS;
  }

  /**
   * Reads one record and deals with what is wrong with it: moves a damaged one aside, migrates
   * an older one (after a backup), reports a newer one. Reports go to `issues`.
   */
  private async loadRecord(name: string): Promise<Loaded> {
    const path = join(this.attemptsDir, name);
    let text: string;
    try {
      text = await this.fs.readText(path);
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return { status: 'gone' };
      this.report({ kind: 'unreadable', file: path, detail: errorMessage(err) });
      return { status: 'bad' };
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      const reason = classifyUnparsable(text);
      return this.moveAside(name, reason, reason === 'empty' ? 'the file is empty' : errorMessage(err));
    }
    const version = schemaVersionOf(raw);
    if (version === undefined) return this.moveAside(name, 'invalid', 'no valid schemaVersion');
    if (version > ATTEMPT_SCHEMA_VERSION) return { status: 'newer', schemaVersion: version };

    let record = raw as Record<string, unknown>;
    let migrated = false;
    if (version < ATTEMPT_SCHEMA_VERSION) {
      const result = migrateRecord(record, version, this.migrations);
      if (!result.ok) {
        this.report({ kind: 'migration-failed', file: path, schemaVersion: version, detail: result.error });
        return { status: 'bad' };
      }
      record = result.record;
      migrated = true;
    }
    const parsed = parseAttempt(record);
    if (!parsed.ok) {
      if (migrated) {
        this.report({ kind: 'migration-failed', file: path, schemaVersion: version, detail: parsed.error });
        return { status: 'bad' };
      }
      return this.moveAside(name, 'invalid', parsed.error);
    }
    if (parsed.attempt.id !== name.slice(0, -'.json'.length)) return this.moveAside(name, 'invalid', `the record's id ${parsed.attempt.id} does not match its file name`);

    let size = Buffer.byteLength(text);
    if (migrated) {
      const data = serializeAttempt(parsed.attempt);
      try {
        await this.fs.mkdirp(this.backupsDir);
        await writeFileAtomic(this.fs, this.backupsDir, `${name}.v${version}`, text, this.writeOptions);
        await writeFileAtomic(this.fs, this.attemptsDir, name, data, this.writeOptions);
        size = Buffer.byteLength(data);
      } catch (err) {
        this.report({ kind: 'migration-failed', file: path, schemaVersion: version, detail: `could not write: ${errorMessage(err)}` });
        return { status: 'bad' };
      }
    }
    return { status: 'ok', attempt: parsed.attempt, size };
  }

  private async moveAside(name: string, reason: 'empty' | 'truncated' | 'not-json' | 'invalid', detail: string): Promise<Loaded> {
    const from = join(this.attemptsDir, name);
    const to = `${from}.corrupt-${timeStamp(this.now())}`;
    try {
      await renameWithRetry(this.fs, from, to, this.writeOptions);
    } catch (err) {
      // Another window moved it first: it reports it, not us.
      if (errorCode(err) === 'ENOENT') return { status: 'gone' };
      this.report({ kind: 'corrupt', file: from, reason, detail, movedTo: null });
      return { status: 'bad' };
    }
    this.report({ kind: 'corrupt', file: from, reason, detail, movedTo: to });
    return { status: 'bad' };
  }
}
