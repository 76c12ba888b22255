/**
 * Bringing the store's entries up to date with the attempts folder: new, changed, damaged and
 * removed records, records of a newer schema (reported once), and temporary files that crashed
 * writers left behind.
 */
import { join } from 'node:path';
import { parseTempName } from './atomicWrite';
import type { FileSystem } from './fileSystem';
import { errorCode, errorMessage } from './fileSystem';
import type { IndexEntry } from './indexCodec';
import type { AttemptSummary } from './model';
import { summarize } from './model';
import type { RecordFiles, StoreIssue } from './records';
import { isRacy, recordIdOf } from './storeFiles';

export interface ScanContext {
  readonly fs: FileSystem;
  readonly attemptsDir: string;
  readonly now: () => Date;
  readonly records: RecordFiles;
  /** The store's live entries, changed in place (a save or delete during the scan wins over it). */
  readonly entries: Map<string, IndexEntry>;
  /** Record names whose newer schema was already reported. */
  readonly reportedNewer: Set<string>;
  readonly report: (issue: StoreIssue) => void;
  readonly markIndexDirty: () => void;
}

export interface ScanResult {
  /** The folder's mtime to remember with the index; -1 when it is too recent to be trusted. */
  readonly dirMtimeMs: number;
  /** Ids added, changed or removed. */
  readonly changedIds: string[];
}

function sameSummary(a: AttemptSummary | null, b: AttemptSummary | null): boolean {
  return a === b || (a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * Checks the entries against the attempts folder. `trustUnchangedDir` (used by `open`): when
 * the folder's mtime equals `lastDirMtimeMs` (the one recorded with the index), no record was
 * created, replaced (every write is a rename into the folder) or deleted since, so known
 * entries are taken without a stat; only names the index does not know, and entries it marked
 * untrusted, are read. Otherwise every record is stat'ed and re-read when its size or mtime changed.
 */
export async function scanAttempts(ctx: ScanContext, lastDirMtimeMs: number, trustUnchangedDir: boolean): Promise<ScanResult> {
  const { fs, attemptsDir, entries } = ctx;
  const scanStart = ctx.now().getTime();
  let dirMtimeMs = -1;
  let names: string[];
  try {
    dirMtimeMs = (await fs.stat(attemptsDir)).mtimeMs;
    names = await fs.readdir(attemptsDir);
  } catch (err) {
    if (errorCode(err) !== 'ENOENT') throw err;
    names = [];
  }
  const trusted = trustUnchangedDir && dirMtimeMs >= 0 && dirMtimeMs === lastDirMtimeMs;
  const before = new Map(entries);
  const seen = new Set<string>();
  const changedIds: string[] = [];
  const temps: { name: string; pid: number }[] = [];

  for (const name of names) {
    const id = recordIdOf(name);
    if (id === undefined) {
      const temp = parseTempName(name);
      if (temp) temps.push({ name, pid: temp.pid });
      continue;
    }
    seen.add(name);
    const old = before.get(name);
    if (trusted && old && old.mtimeMs >= 0) continue;
    let st;
    try {
      st = await fs.stat(join(attemptsDir, name));
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') ctx.report({ kind: 'unreadable', file: join(attemptsDir, name), detail: errorMessage(err) });
      continue;
    }
    if (old && old.size === st.size && old.mtimeMs === st.mtimeMs) continue;

    const loaded = await ctx.records.load(name);
    // A save or delete by this store while we were reading wins over what we read.
    if (entries.get(name) !== old) continue;
    const mtimeMs = isRacy(st.mtimeMs, scanStart) ? -1 : st.mtimeMs;
    let next: IndexEntry | undefined;
    if (loaded.status === 'ok') next = { size: loaded.size, mtimeMs: loaded.size === st.size ? mtimeMs : -1, summary: summarize(loaded.attempt), newer: null };
    else if (loaded.status === 'newer') next = { size: st.size, mtimeMs, summary: null, newer: loaded.schemaVersion };
    if (next) entries.set(name, next);
    else entries.delete(name);
    ctx.markIndexDirty();
    if (!sameSummary(old?.summary ?? null, next?.summary ?? null) || (old?.newer ?? null) !== (next?.newer ?? null)) changedIds.push(id);
  }

  for (const [name, old] of before) {
    if (seen.has(name) || entries.get(name) !== old) continue;
    entries.delete(name);
    ctx.markIndexDirty();
    changedIds.push(name.slice(0, -'.json'.length));
  }

  for (const [name, e] of entries) {
    if (e.newer !== null && !ctx.reportedNewer.has(name)) {
      ctx.reportedNewer.add(name);
      ctx.report({ kind: 'newer-schema', file: join(attemptsDir, name), schemaVersion: e.newer });
    }
  }

  for (const t of temps) {
    if (await ctx.records.isStaleTemp(join(attemptsDir, t.name), t.pid)) await fs.unlink(join(attemptsDir, t.name)).catch(() => undefined);
  }

  // Remember the folder's mtime only when it had been quiet for a while before this scan:
  // a change in the same timestamp tick as the stat above would otherwise go unnoticed.
  return { dirMtimeMs: dirMtimeMs >= 0 && !isRacy(dirMtimeMs, scanStart) ? dirMtimeMs : -1, changedIds };
}
