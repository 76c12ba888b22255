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
 */
export class FileState implements vscode.Memento {
  private readonly cache = new Map<string, unknown>();
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
    for (const name of fs.readdirSync(dir)) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      try {
        this.cache.set(decodeURIComponent(name.slice(0, -5)), JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as unknown);
      } catch {
        // A damaged file is treated as absent; the next update replaces it.
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

  update(key: string, value: unknown): Thenable<void> {
    const file = `${encodeURIComponent(key)}.json`;
    if (value === undefined) this.cache.delete(key);
    else this.cache.set(key, value);
    const snapshot = value === undefined ? undefined : JSON.stringify(value);
    // Writes of one window are serialised so that the last update wins on disk too.
    this.chain = this.chain.then(async () => {
      if (snapshot === undefined) await fs.promises.rm(path.join(this.dir, file), { force: true });
      else await writeFileAtomic(nodeFileSystem, this.dir, file, snapshot);
    });
    return this.chain;
  }
}
