/**
 * The state interview mode shares between windows, as files in the extension's state folder
 * (the folder every window of the user shares):
 *
 *   mlprep.interviewMode.backup.json   the user's values before interview mode (created exclusively)
 *   interviewMode.leases/<id>.json     one per window in interview mode: its id and process id
 *   interviewMode.lock                 held while a window turns interview mode on or off
 *
 * Everything is read from disk on every call: another window may have changed it. The lock is
 * taken over when its holder's process has ended, or after `lockTimeoutMs` (a window that hangs
 * must not keep every other window from ending its session).
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { tempNameFor, writeFileAtomic } from '../history/atomicWrite';
import { errorCode, errorMessage, nodeFileSystem } from '../history/fileSystem';
import { backupSchema, leaseSchema, type BackupEntry, type InterviewStateIo, type Lease } from './interviewLeases';

export const BACKUP_FILE = `${encodeURIComponent('mlprep.interviewMode.backup')}.json`;
export const LEASES_DIR = 'interviewMode.leases';
export const LOCK_FILE = 'interviewMode.lock';

/** Errors of `link` on file systems without hard links: fall back to an exclusive open. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/** True while a process with this id exists (also one of another user). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errorCode(err) === 'EPERM';
  }
}

export interface InterviewFolderOptions {
  readonly pid?: number;
  readonly isAlive?: (pid: number) => boolean;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** How long to wait for a live holder of the lock before taking it over. */
  readonly lockTimeoutMs?: number;
  readonly log?: (message: string) => void;
}

const isMissing = (err: unknown): boolean => errorCode(err) === 'ENOENT';

/**
 * Creates `dir/name` with `data` unless it exists (false then). The data is written to a
 * temporary file first and linked into place, so that a reader never sees a partial file.
 */
export async function createExclusive(dir: string, name: string, data: string, options: { pid?: number; sync?: boolean } = {}): Promise<boolean> {
  const target = join(dir, name);
  const temp = join(dir, tempNameFor(name, options.pid ?? process.pid, randomBytes(6).toString('hex')));
  await nodeFileSystem.writeNew(temp, data, { sync: options.sync ?? true });
  try {
    await fsp.link(temp, target);
    return true;
  } catch (err) {
    if (errorCode(err) === 'EEXIST') return false;
    if (!NO_LINKS.has(errorCode(err) ?? '')) throw err;
    try {
      await fsp.writeFile(target, data, { flag: 'wx' });
      return true;
    } catch (e) {
      if (errorCode(e) === 'EEXIST') return false;
      throw e;
    }
  } finally {
    await fsp.unlink(temp).catch(() => undefined);
  }
}

export class InterviewFolder implements InterviewStateIo {
  private readonly pid: number;
  private readonly isAlive: (pid: number) => boolean;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly lockTimeoutMs: number;
  private readonly log: (message: string) => void;

  constructor(
    readonly dir: string,
    options: InterviewFolderOptions = {},
  ) {
    this.pid = options.pid ?? process.pid;
    this.isAlive = options.isAlive ?? processIsAlive;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.lockTimeoutMs = options.lockTimeoutMs ?? 15_000;
    this.log = options.log ?? (() => undefined);
  }

  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.lock();
    try {
      return await fn();
    } finally {
      await release();
    }
  }

  async readBackup(): Promise<readonly BackupEntry[] | undefined> {
    const file = join(this.dir, BACKUP_FILE);
    let text: string;
    try {
      text = await fsp.readFile(file, 'utf8');
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
    try {
      return backupSchema.parse(JSON.parse(text));
    } catch {
      // Unreadable: the values cannot be put back. Kept aside for the user, out of the way of a new backup.
      const aside = `${file}.corrupt-${this.now()}`;
      await fsp.rename(file, aside).catch(() => undefined);
      this.log(`interview mode: the saved settings could not be read; moved to ${aside}`);
      return undefined;
    }
  }

  async createBackup(entries: readonly BackupEntry[]): Promise<boolean> {
    await fsp.mkdir(this.dir, { recursive: true });
    return createExclusive(this.dir, BACKUP_FILE, JSON.stringify(entries), { pid: this.pid });
  }

  async removeBackup(): Promise<void> {
    await fsp.rm(join(this.dir, BACKUP_FILE), { force: true });
  }

  async writeLease(lease: Lease): Promise<void> {
    const dir = join(this.dir, LEASES_DIR);
    await fsp.mkdir(dir, { recursive: true });
    await writeFileAtomic(nodeFileSystem, dir, leaseFile(lease.id), JSON.stringify(lease), { pid: this.pid });
  }

  async removeLease(id: string): Promise<void> {
    await fsp.rm(join(this.dir, LEASES_DIR, leaseFile(id)), { force: true });
  }

  async readLeases(): Promise<readonly Lease[]> {
    const dir = join(this.dir, LEASES_DIR);
    let names: string[];
    try {
      names = await fsp.readdir(dir);
    } catch (err) {
      if (isMissing(err)) return [];
      throw err;
    }
    const leases: Lease[] = [];
    for (const name of names) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      try {
        leases.push(leaseSchema.parse(JSON.parse(await fsp.readFile(join(dir, name), 'utf8'))));
      } catch (err) {
        if (isMissing(err)) continue;
        // Leases are written atomically: a damaged one is debris, not a window.
        this.log(`interview mode: removing an unreadable lease ${name} (${errorMessage(err)})`);
        await fsp.rm(join(dir, name), { force: true }).catch(() => undefined);
      }
    }
    return leases;
  }

  /** Takes the lock; resolves to its release. */
  private async lock(): Promise<() => Promise<void>> {
    await fsp.mkdir(this.dir, { recursive: true });
    const file = join(this.dir, LOCK_FILE);
    const token = `${this.pid}-${randomBytes(6).toString('hex')}`;
    const started = this.now();
    for (;;) {
      // No fsync: a lock does not outlive its holder's process in any way that matters.
      if (await createExclusive(this.dir, LOCK_FILE, JSON.stringify({ token, pid: this.pid, at: this.now() }), { pid: this.pid, sync: false })) {
        return async () => {
          const holder = await this.readLock();
          if (holder?.token === token) await fsp.rm(file, { force: true });
        };
      }
      const holder = await this.readLock();
      if (holder === undefined) continue;
      if (holder.pid !== undefined && !this.isAlive(holder.pid)) {
        this.log(`interview mode: taking over the lock of process ${holder.pid}, which has ended`);
        await fsp.rm(file, { force: true });
        continue;
      }
      if (this.now() - started >= this.lockTimeoutMs) {
        this.log(`interview mode: taking over the lock held by process ${holder.pid ?? '?'} for more than ${this.lockTimeoutMs} ms`);
        await fsp.rm(file, { force: true });
        continue;
      }
      await this.sleep(25);
    }
  }

  /** The lock's holder; undefined when there is no lock; `{}` when it cannot be read. */
  private async readLock(): Promise<{ token?: string; pid?: number } | undefined> {
    let text: string;
    try {
      text = await fsp.readFile(join(this.dir, LOCK_FILE), 'utf8');
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
    try {
      const parsed = JSON.parse(text) as { token?: unknown; pid?: unknown };
      return {
        ...(typeof parsed.token === 'string' ? { token: parsed.token } : {}),
        ...(typeof parsed.pid === 'number' ? { pid: parsed.pid } : {}),
      };
    } catch {
      return {};
    }
  }
}

function leaseFile(id: string): string {
  return `${encodeURIComponent(id)}.json`;
}
