/**
 * The file operations the history store needs, behind an interface so that tests can inject
 * faults (a rename that fails with EPERM, a read that fails) and so that nothing here depends
 * on VS Code. Errors are Node-style: an `Error` with a string `code` (`ENOENT`, `EEXIST`, …).
 */
import * as fs from 'node:fs';

export interface FileStat {
  readonly size: number;
  readonly mtimeMs: number;
}

export interface FileSystem {
  /** The file's content as UTF-8 text. */
  readText(path: string): Promise<string>;
  /**
   * Creates `path` (fails with EEXIST if it exists), writes `data` as UTF-8 and closes it;
   * with `sync`, flushes it to disk (fsync) before closing.
   */
  writeNew(path: string, data: string, options: { readonly sync: boolean }): Promise<void>;
  /** Atomically replaces `to` by `from` (same directory). */
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Entry names of a directory (not paths). */
  readdir(dir: string): Promise<string[]>;
  stat(path: string): Promise<FileStat>;
  /** Creates a directory and its parents; no error when it exists. */
  mkdirp(dir: string): Promise<void>;
}

/** The `code` of a Node-style error, if any. */
export function errorCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const code = (err as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * The real file system. Reads, stats and directory listings are synchronous under the promise
 * on purpose: opening a history of 10,000 attempts stats every record, and 10,000 synchronous
 * stats take about 50 ms where the same through libuv's thread pool takes 150–300 ms (reads:
 * 180 ms against 1 s). Writes stay asynchronous, because an fsync can take long on a slow disk.
 */
export const nodeFileSystem: FileSystem = {
  async readText(path) {
    return fs.readFileSync(path, 'utf8');
  },
  async writeNew(path, data, options) {
    const handle = await fs.promises.open(path, 'wx');
    try {
      await handle.writeFile(data, 'utf8');
      if (options.sync) await handle.sync();
    } finally {
      await handle.close();
    }
  },
  async rename(from, to) {
    await fs.promises.rename(from, to);
  },
  async unlink(path) {
    await fs.promises.unlink(path);
  },
  async readdir(dir) {
    return fs.readdirSync(dir);
  },
  async stat(path) {
    const s = fs.statSync(path);
    return { size: s.size, mtimeMs: s.mtimeMs };
  },
  async mkdirp(dir) {
    await fs.promises.mkdir(dir, { recursive: true });
  },
};
