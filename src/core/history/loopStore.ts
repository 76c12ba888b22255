/**
 * The loop records of the history: `loops/<id>.json` under the history root, one file per
 * loop, each written atomically. A file that cannot be read as a loop record is moved aside
 * (`<id>.json.corrupt-<time>`) and reported; every other loop still loads. A record of a newer
 * schema is left alone (not listed, not rewritten).
 */
import { join } from 'node:path';
import { writeFileAtomic } from './atomicWrite';
import type { FileSystem } from './fileSystem';
import { errorCode, errorMessage, nodeFileSystem } from './fileSystem';
import { LOOP_SCHEMA_VERSION, parseLoopRecord, type LoopRecord } from './loopRecord';
import { ATTEMPT_ID_PATTERN } from './model';
import { schemaVersionOf } from './migrate';

export const LOOPS_DIR = 'loops';

export interface LoopStoreIssue {
  readonly file: string;
  readonly problem: 'invalid' | 'newer-schema';
  readonly detail: string;
}

const NAME = /^([A-Za-z0-9][A-Za-z0-9_-]{0,63})\.json$/;

export class LoopStore {
  private readonly dir: string;
  private readonly fs: FileSystem;
  private readonly now: () => Date;
  private loops = new Map<string, LoopRecord>();
  private readonly listeners = new Set<() => void>();
  readonly issues: LoopStoreIssue[] = [];

  private constructor(root: string, options: { fs?: FileSystem; now?: () => Date }) {
    this.dir = join(root, LOOPS_DIR);
    this.fs = options.fs ?? nodeFileSystem;
    this.now = options.now ?? (() => new Date());
  }

  static async open(root: string, options: { fs?: FileSystem; now?: () => Date } = {}): Promise<LoopStore> {
    const store = new LoopStore(root, options);
    await store.fs.mkdirp(store.dir);
    await store.reload();
    return store;
  }

  /** Every loop, newest first. */
  list(): readonly LoopRecord[] {
    return [...this.loops.values()].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt) || (a.id < b.id ? 1 : -1));
  }

  get(id: string): LoopRecord | undefined {
    return this.loops.get(id);
  }

  /** Validates and writes a loop record (replacing the one with the same id). */
  async save(record: LoopRecord): Promise<LoopRecord> {
    const parsed = parseLoopRecord({ ...record, schemaVersion: LOOP_SCHEMA_VERSION });
    if (!parsed.ok) throw new Error(`invalid loop record: ${parsed.error}`);
    await writeFileAtomic(this.fs, this.dir, `${parsed.loop.id}.json`, JSON.stringify(parsed.loop, null, 2) + '\n');
    this.loops.set(parsed.loop.id, parsed.loop);
    this.emit();
    return parsed.loop;
  }

  /** Re-reads the folder (other windows' writes). */
  async reload(): Promise<void> {
    const next = new Map<string, LoopRecord>();
    let names: string[];
    try {
      names = await this.fs.readdir(this.dir);
    } catch (err) {
      if (errorCode(err) === 'ENOENT') names = [];
      else throw err;
    }
    for (const name of names) {
      const id = NAME.exec(name)?.[1];
      if (!id || !ATTEMPT_ID_PATTERN.test(id)) continue;
      const file = join(this.dir, name);
      let raw: unknown;
      try {
        raw = JSON.parse(await this.fs.readText(file));
      } catch (err) {
        if (errorCode(err) === 'ENOENT') continue;
        await this.moveAside(file, `not JSON: ${errorMessage(err)}`);
        continue;
      }
      const version = schemaVersionOf(raw);
      if (version !== undefined && version > LOOP_SCHEMA_VERSION) {
        if (!this.issues.some((i) => i.file === file)) this.issues.push({ file, problem: 'newer-schema', detail: `schema version ${version}` });
        continue;
      }
      const parsed = parseLoopRecord(raw);
      if (!parsed.ok) {
        await this.moveAside(file, parsed.error);
        continue;
      }
      next.set(parsed.loop.id, parsed.loop);
    }
    this.loops = next;
    this.emit();
  }

  onDidChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async moveAside(file: string, detail: string): Promise<void> {
    this.issues.push({ file, problem: 'invalid', detail });
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    await this.fs.rename(file, `${file}.corrupt-${stamp}`).catch(() => undefined);
  }

  private emit(): void {
    for (const l of [...this.listeners]) {
      try {
        l();
      } catch {
        // A failing listener must not break the store.
      }
    }
  }
}
