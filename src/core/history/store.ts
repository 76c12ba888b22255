/**
 * The durable attempt history: one JSON file per attempt, safe for several VS Code windows
 * (processes) writing at the same time, tolerant of damaged files. The files are listed in
 * `storeFiles.ts`, the persisted index in `indexCodec.ts`, what is done with a damaged, older
 * or newer record in `records.ts`.
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
import { writeFileAtomic } from './atomicWrite';
import type { FileSystem } from './fileSystem';
import { errorCode, nodeFileSystem } from './fileSystem';
import type { IndexEntry } from './indexCodec';
import { decodeIndex, encodeIndex } from './indexCodec';
import type { Migration } from './migrate';
import { ATTEMPT_MIGRATIONS } from './migrate';
import type { Attempt, AttemptInput, AttemptSummary } from './model';
import { ATTEMPT_ID_PATTERN, ATTEMPT_SCHEMA_VERSION, parseAttempt, summarize } from './model';
import { withOutcome } from './outcome';
import type { ExportOptions } from './exportFormats';
import { loopsCsv, toCsv, toJsonExport, toMarkdownReport } from './exportFormats';
import type { StoreIssue } from './records';
import { HistoryStoreError, RecordFiles, defaultIsProcessAlive } from './records';
import { scanAttempts } from './scan';
import { ATTEMPTS_DIR, BACKUPS_DIR, INDEX_FILE, SNAPSHOTS_DIR, attemptFileName, snapshotFileName } from './storeFiles';

export type { HistoryStoreErrorCode, StoreIssue } from './records';
export { HistoryStoreError } from './records';

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

export class HistoryStore {
  private readonly fs: FileSystem;
  private readonly now: () => Date;
  private readonly writeOptions: AtomicWriteOptions;
  private readonly attemptsDir: string;
  private readonly snapshotsDir: string;
  private readonly records: RecordFiles;

  private entries = new Map<string, IndexEntry>();
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
    this.writeOptions = options.write ?? {};
    this.attemptsDir = join(root, ATTEMPTS_DIR);
    this.snapshotsDir = join(root, SNAPSHOTS_DIR);
    this.records = new RecordFiles({
      fs: this.fs,
      attemptsDir: this.attemptsDir,
      snapshotsDir: this.snapshotsDir,
      backupsDir: join(root, BACKUPS_DIR),
      migrations: options.migrations ?? ATTEMPT_MIGRATIONS,
      write: this.writeOptions,
      now: this.now,
      isProcessAlive: options.isProcessAlive ?? defaultIsProcessAlive,
      report: (issue) => this.allIssues.push(issue),
    });
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
    const loaded = await this.records.load(attemptFileName(id));
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

    await this.records.assertNotNewer(name, this.entries.get(name)?.newer);
    const size = await this.records.write(attempt, snapshots);
    this.entries.set(name, { size, mtimeMs: -1, summary: summarize(attempt), newer: null });
    this.changed(true);
    this.emit({ reason: 'save', ids: [attempt.id] });
    return attempt;
  }

  /** Deletes an attempt and its snapshots; false when it did not exist. Refuses a newer-schema record. */
  async delete(id: string): Promise<boolean> {
    if (!ATTEMPT_ID_PATTERN.test(id)) return false;
    const name = attemptFileName(id);
    await this.records.assertNotNewer(name, this.entries.get(name)?.newer);
    const known = this.entries.get(name)?.summary;
    let snapshotRuns = known?.snapshotRuns ?? [];
    if (!known) {
      const loaded = await this.records.load(name);
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
    if (format === 'csv') return options.loops?.length ? `${toCsv(oldestFirst)}\r\n${loopsCsv(options.loops)}` : toCsv(oldestFirst);
    if (format === 'markdown') return toMarkdownReport(this.list(), options);
    const records: Attempt[] = [];
    for (const s of oldestFirst) {
      const a = await this.get(s.id);
      if (a) records.push(a);
    }
    return toJsonExport(records, options.loops ?? []);
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
    const data = encodeIndex({ entries: this.entries, dirMtimeMs: this.dirMtimeMs }, this.now().getTime());
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

  private async loadIndex(): Promise<void> {
    let raw: unknown;
    try {
      raw = JSON.parse(await this.fs.readText(join(this.root, INDEX_FILE)));
    } catch {
      this.indexDirty = true;
      return;
    }
    const parsed = decodeIndex(raw);
    if (parsed) {
      this.entries = parsed.entries;
      this.dirMtimeMs = parsed.dirMtimeMs;
    } else {
      this.indexDirty = true;
    }
  }

  /** Brings the entries up to date with the attempts folder (see `scanAttempts`); returns the problems it found. */
  private async scan(trustUnchangedDir: boolean): Promise<readonly StoreIssue[]> {
    const issuesBefore = this.allIssues.length;
    const context = {
      fs: this.fs,
      attemptsDir: this.attemptsDir,
      now: this.now,
      records: this.records,
      entries: this.entries,
      reportedNewer: this.reportedNewer,
      report: (issue: StoreIssue) => this.allIssues.push(issue),
      markIndexDirty: () => (this.indexDirty = true),
    };
    const { dirMtimeMs, changedIds } = await scanAttempts(context, this.dirMtimeMs, trustUnchangedDir);
    if (dirMtimeMs !== this.dirMtimeMs) {
      this.dirMtimeMs = dirMtimeMs;
      this.indexDirty = true;
    }
    if (changedIds.length > 0) {
      this.changed(false);
      this.emit({ reason: 'reload', ids: changedIds });
    }
    return this.allIssues.slice(issuesBefore);
  }
}
