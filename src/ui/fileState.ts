import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { writeFileAtomic } from '../core/history/atomicWrite';
import { nodeFileSystem } from '../core/history/fileSystem';

/**
 * A Memento kept as small JSON files under the extension's global storage folder, one file per
 * key, each written atomically. Used for state that must survive a window reload or a crash at
 * any moment (the running session, interview mode's saved settings): in a browser-hosted VS
 * Code, `globalState` lives in the browser and recent updates can be lost on reload.
 *
 * The folder is shared by every window of the same user; values are read once, when the state is
 * opened. State that other windows change while this one runs (interview mode's backup and
 * leases) is read from `folder` directly, never through this cache.
 */
export class FileState implements vscode.Memento {
  private readonly cache = new Map<string, unknown>();
  /** The tail of this window's writes; never rejected, so that one failed write does not stop the next (BATTERY row 51). */
  private chain: Promise<void> = Promise.resolve();

  constructor(readonly folder: string) {
    fs.mkdirSync(folder, { recursive: true });
    for (const name of fs.readdirSync(folder)) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      try {
        this.cache.set(decodeURIComponent(name.slice(0, -5)), JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as unknown);
      } catch {
        // A damaged file (or a folder of that name) is treated as absent; the next update replaces it.
      }
    }
  }

  keys(): readonly string[] {
    return [...this.cache.keys()];
  }

  get<T>(key: string): T | undefined;
  get<T>(key: string, defaultValue: T): T;
  get<T>(key: string, defaultValue?: T): T | undefined {
    return this.cache.has(key) ? (this.cache.get(key) as T) : defaultValue;
  }

  /** Stores a value (undefined removes it). A failed write rejects this update's promise only. */
  update(key: string, value: unknown): Thenable<void> {
    const file = `${encodeURIComponent(key)}.json`;
    if (value === undefined) this.cache.delete(key);
    else this.cache.set(key, value);
    const snapshot = value === undefined ? undefined : JSON.stringify(value);
    // Writes of one window are serialised so that the last update wins on disk too.
    const write = this.chain.then(async () => {
      if (snapshot === undefined) await fs.promises.rm(path.join(this.folder, file), { force: true });
      else await writeFileAtomic(nodeFileSystem, this.folder, file, snapshot);
    });
    this.chain = write.catch(() => undefined);
    return write;
  }
}
