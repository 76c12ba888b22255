/**
 * Interview mode across windows: which window saves the user's settings, which one puts them
 * back. Pure rules over injected I/O (the shared state folder, the editor's user settings,
 * "is this process alive"), so that they are tested in plain Node (BATTERY rows 50 and 53).
 *
 * Every window that is in interview mode holds a lease (its own id and process id) in the state
 * folder shared by all windows of the user. The first window to turn interview mode on saves the
 * user's values (the backup is created exclusively: a second window finds it and leaves it as it
 * is, so it never saves the first window's interview values as "the user's"); only the last
 * window to leave puts them back. Leases of processes that died (a crash, a reload) are ignored
 * and removed. Each step runs holding a lock shared by all windows, so that a window ending and
 * another one starting cannot interleave.
 */
import { z } from 'zod';

/** A setting that interview mode changes, and the value it gets. */
export interface InterviewSetting {
  readonly section: string;
  readonly key: string;
  readonly value: unknown;
}

/** The user-level value of one setting before interview mode; `had: false` = not set. */
export interface BackupEntry {
  readonly section: string;
  readonly key: string;
  readonly had: boolean;
  readonly value?: unknown;
}

export const backupSchema = z.array(z.object({ section: z.string(), key: z.string(), had: z.boolean(), value: z.unknown().optional() }));

/** A window in interview mode. */
export interface Lease {
  readonly id: string;
  readonly pid: number;
  /** When the lease was taken (ms since the epoch); for diagnostics. */
  readonly since: number;
}

export const leaseSchema = z.object({ id: z.string().min(1), pid: z.number().int().positive(), since: z.number() });

/** A user-level value as the editor reports it: absent = not set. */
export type UserValue = { readonly had: false } | { readonly had: true; readonly value: unknown };

/** The editor's user-level settings. */
export interface UserSettingsIo {
  /** The user-level value; undefined when no installed extension declares the setting. */
  read(section: string, key: string): UserValue | undefined;
  /** Writes the user-level value; `undefined` removes it. */
  write(section: string, key: string, value: unknown): Promise<void>;
}

/** The state shared by every window: the backup, the leases and a lock. Reads go to disk every time. */
export interface InterviewStateIo {
  /** Runs `fn` holding the lock shared by all windows. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  readBackup(): Promise<readonly BackupEntry[] | undefined>;
  /** Creates the backup unless one exists (exclusive create); false when one exists. */
  createBackup(entries: readonly BackupEntry[]): Promise<boolean>;
  removeBackup(): Promise<void>;
  writeLease(lease: Lease): Promise<void>;
  removeLease(id: string): Promise<void>;
  readLeases(): Promise<readonly Lease[]>;
}

export interface InterviewLeasesDeps {
  readonly state: InterviewStateIo;
  readonly settings: UserSettingsIo;
  /** The settings to turn off and their interview values. */
  readonly aids: readonly InterviewSetting[];
  /** This window's id and process. */
  readonly me: { readonly id: string; readonly pid: number };
  readonly isAlive: (pid: number) => boolean;
  readonly now: () => number;
  readonly log: (message: string) => void;
}

const describe = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Interview mode of one window, coordinated with the other windows through the shared state. */
export class InterviewLeases {
  private holding = false;

  constructor(private readonly d: InterviewLeasesDeps) {}

  /** This window holds a lease (it turned interview mode on and has not restored since). */
  isOn(): boolean {
    return this.holding;
  }

  /**
   * Turns the aids off for this window. Saves the user's values first unless another window
   * saved them already; the values then applied are those of the backup's settings only, so
   * that everything changed can be put back.
   */
  async enable(): Promise<void> {
    const { state, settings, aids, me } = this.d;
    await state.exclusive(async () => {
      await state.writeLease({ id: me.id, pid: me.pid, since: this.d.now() });
      this.holding = true;
      let backup = await state.readBackup();
      if (!backup) {
        const current = userValuesOf(settings, aids);
        if (await state.createBackup(current)) backup = current;
        else backup = (await state.readBackup()) ?? [];
      }
      const saved = new Set(backup.map((b) => `${b.section}.${b.key}`));
      await this.writeAll(
        aids.filter((s) => saved.has(`${s.section}.${s.key}`)).map((s) => ({ section: s.section, key: s.key, value: s.value })),
        'left as is',
      );
    });
  }

  /**
   * This window leaves interview mode. The last window to leave puts the user's values back and
   * removes the backup; while another live window is in interview mode nothing is changed. Safe
   * to call when nothing is saved (also on activation, after a crash).
   */
  async restore(): Promise<void> {
    const { state, me } = this.d;
    // Nothing saved and no lease of this window: nothing to do, and no lock to take (the usual
    // case at activation). A backup another window creates meanwhile is that window's.
    if (!this.holding && !(await state.readBackup())) return;
    await state.exclusive(async () => {
      await state.removeLease(me.id);
      this.holding = false;
      const others = await this.liveLeases();
      const backup = await state.readBackup();
      if (!backup) return;
      if (others.length > 0) {
        this.d.log(`interview mode: ${others.length} other window(s) still in interview mode; the last one to end restores the settings`);
        return;
      }
      await this.writeAll(
        backup.map((b) => ({ section: b.section, key: b.key, value: b.had ? b.value : undefined })),
        'could not be restored',
      );
      await state.removeBackup();
    });
  }

  /** Leases of live processes other than this window; leases of dead processes are removed. */
  private async liveLeases(): Promise<Lease[]> {
    const live: Lease[] = [];
    for (const lease of await this.d.state.readLeases()) {
      if (lease.id === this.d.me.id) continue;
      if (this.d.isAlive(lease.pid)) live.push(lease);
      else {
        this.d.log(`interview mode: ignoring the lease of process ${lease.pid}, which has ended`);
        await this.d.state.removeLease(lease.id).catch((err: unknown) => this.d.log(`interview mode: could not remove a stale lease (${describe(err)})`));
      }
    }
    return live;
  }

  private async writeAll(values: readonly { section: string; key: string; value: unknown }[], failed: string): Promise<void> {
    await Promise.all(
      values.map((v) => this.d.settings.write(v.section, v.key, v.value).catch((err: unknown) => this.d.log(`interview mode: ${v.section}.${v.key} ${failed} (${describe(err)})`))),
    );
  }
}

/** The user's current values of the registered settings among `aids`. */
export function userValuesOf(settings: UserSettingsIo, aids: readonly InterviewSetting[]): BackupEntry[] {
  const entries: BackupEntry[] = [];
  for (const s of aids) {
    const current = settings.read(s.section, s.key);
    // Settings of extensions that are not installed are not registered: nothing to turn off.
    if (!current) continue;
    entries.push(current.had ? { section: s.section, key: s.key, had: true, value: current.value } : { section: s.section, key: s.key, had: false });
  }
  return entries;
}
