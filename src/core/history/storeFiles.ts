/**
 * The files of the history store and when their timestamps can be trusted.
 *
 * Layout under the root directory (the extension passes a folder of its globalStorageUri):
 *
 *     attempts/<id>.json                  one record per attempt, named by its unique id
 *     attempts/<id>.json.corrupt-<time>   a damaged record, moved aside (never read again)
 *     snapshots/<id>.<runIndex>.txt       the code of one run of an attempt
 *     backups/<id>.json.v<n>              the original bytes of a record before its migration from version n
 *     index.json                          summaries of all records: a cache, rebuilt when missing or stale
 *     .<name>.<pid>-<random>.tmp          a write in progress (or one a crash interrupted)
 */
import type { Attempt } from './model';

export const ATTEMPTS_DIR = 'attempts';
export const SNAPSHOTS_DIR = 'snapshots';
export const BACKUPS_DIR = 'backups';
export const INDEX_FILE = 'index.json';

export function attemptFileName(id: string): string {
  return `${id}.json`;
}

export function snapshotFileName(id: string, runIndex: number): string {
  return `${id}.${runIndex}.txt`;
}

const RECORD_NAME = /^([A-Za-z0-9][A-Za-z0-9_-]{0,63})\.json$/;

/** The attempt id of a record's file name; undefined for any other file of the attempts folder. */
export function recordIdOf(name: string): string | undefined {
  return RECORD_NAME.exec(name)?.[1];
}

/** The bytes of a record on disk (2-space JSON and a final newline). */
export function serializeAttempt(attempt: Attempt): string {
  return JSON.stringify(attempt, null, 2) + '\n';
}

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
