/**
 * Atomic file replacement: write a temporary file in the same directory, fsync it, rename it
 * over the target. A reader (or a crash at any moment) sees the old file or the new one, never
 * a mix; a process killed mid-write leaves only its temporary file. The fsync before the rename
 * is what prevents an empty or partial file after a power cut; the directory itself is not
 * fsynced (on a busy disk that costs 10–30 ms per write), so a power cut may undo the last few
 * seconds of renames: the previous version of the file is then what remains.
 *
 * Temporary files are named `.<target>.<pid>-<random>.tmp`, so that they are hidden from
 * listings, cannot collide between processes, and can be attributed to their writer when
 * cleaning up after a crash (`parseTempName`).
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { FileSystem } from './fileSystem';
import { errorCode } from './fileSystem';

/** Windows refuses a rename while another process (a virus scanner, an indexer, a reader) has the target open. */
const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
export const RENAME_RETRY_DELAYS_MS: readonly number[] = [10, 25, 50, 100, 200];

export interface AtomicWriteOptions {
  /**
   * fsync the data before the rename (default true). Only a cache that is rebuilt when
   * damaged may skip it: without it a power cut can leave the new file empty.
   */
  readonly sync?: boolean;
  /** Waits between rename attempts; defaults to `RENAME_RETRY_DELAYS_MS`. */
  readonly retryDelaysMs?: readonly number[];
  readonly sleep?: (ms: number) => Promise<void>;
  readonly pid?: number;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function tempNameFor(fileName: string, pid: number, random: string): string {
  return `.${fileName}.${pid}-${random}.tmp`;
}

const TEMP_NAME = /^\.(.+)\.(\d+)-[0-9a-f]+\.tmp$/;

/** The target and writer pid of a temporary file name; undefined for other names. */
export function parseTempName(name: string): { target: string; pid: number } | undefined {
  const m = TEMP_NAME.exec(name);
  if (!m || m[1] === undefined || m[2] === undefined) return undefined;
  return { target: m[1], pid: Number(m[2]) };
}

/** Renames with retries on the transient errors Windows reports while a file is held open. */
export async function renameWithRetry(fs: FileSystem, from: string, to: string, options: AtomicWriteOptions = {}): Promise<void> {
  const delays = options.retryDelaysMs ?? RENAME_RETRY_DELAYS_MS;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (err) {
      const delay = delays[attempt];
      if (delay === undefined || !TRANSIENT_RENAME_CODES.has(errorCode(err) ?? '')) throw err;
      await sleep(delay);
    }
  }
}

/** A temporary file written and flushed, waiting to be renamed over its target. */
export interface PreparedWrite {
  /** Renames the temporary file over the target (with retries); on failure removes it and throws. */
  commit(): Promise<void>;
  /** Removes the temporary file (when the write is abandoned). */
  abort(): Promise<void>;
}

/**
 * First half of an atomic write: the data goes to a temporary file in `dir`, flushed to disk.
 * Several writes can be prepared in parallel (their fsyncs overlap) and committed in a chosen
 * order. The directory must exist.
 */
export async function prepareWrite(fs: FileSystem, dir: string, fileName: string, data: string, options: AtomicWriteOptions = {}): Promise<PreparedWrite> {
  const temp = join(dir, tempNameFor(fileName, options.pid ?? process.pid, randomBytes(6).toString('hex')));
  const abort = async (): Promise<void> => {
    await fs.unlink(temp).catch(() => undefined);
  };
  try {
    await fs.writeNew(temp, data, { sync: options.sync ?? true });
  } catch (err) {
    await abort();
    throw err;
  }
  return {
    async commit() {
      try {
        await renameWithRetry(fs, temp, join(dir, fileName), options);
      } catch (err) {
        await abort();
        throw err;
      }
    },
    abort,
  };
}

/** Replaces `dir/fileName` by `data` atomically (see the file comment). The directory must exist. */
export async function writeFileAtomic(fs: FileSystem, dir: string, fileName: string, data: string, options: AtomicWriteOptions = {}): Promise<void> {
  const prepared = await prepareWrite(fs, dir, fileName, data, options);
  await prepared.commit();
}
