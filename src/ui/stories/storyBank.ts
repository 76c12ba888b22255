import * as path from 'node:path';
import * as vscode from 'vscode';
import { summarizeBank, type BankSummary } from '../../core/stories/bank';
import { readStoryFolder, type StoryFolder } from '../../core/stories/storyFolder';
import { STORIES_FOLDER } from '../../core/vocabulary';
import type { Logger } from '../logger';

/**
 * The story bank: the markdown files of `<practice folder>/stories/`, read on demand and again
 * whenever a file there is created, changed or deleted. Broken files are kept as diagnostics.
 */
export class StoryBank implements vscode.Disposable {
  private cached: Promise<StoryFolder> | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private watchedDir: string | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly practiceFolder: () => string,
    private readonly log: Logger,
  ) {}

  dir(): string {
    return path.join(this.practiceFolder(), STORIES_FOLDER);
  }

  read(): Promise<StoryFolder> {
    this.watch();
    this.cached ??= readStoryFolder(this.dir()).then(
      (r) => {
        for (const p of r.problems) this.log.warn(`story ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
        return r;
      },
      (err: unknown) => {
        this.cached = undefined;
        throw err;
      },
    );
    return this.cached;
  }

  async summary(): Promise<BankSummary> {
    return summarizeBank((await this.read()).stories);
  }

  refresh(): void {
    this.cached = undefined;
    this.changed.fire();
  }

  /** Watches the folder of the current practice folder (it can change with the setting). */
  private watch(): void {
    const dir = this.dir();
    if (this.watchedDir === dir) return;
    this.watcher?.dispose();
    this.watchedDir = dir;
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(dir), '*.md'));
    const again = (): void => this.refresh();
    this.watcher.onDidCreate(again);
    this.watcher.onDidChange(again);
    this.watcher.onDidDelete(again);
  }

  dispose(): void {
    this.watcher?.dispose();
    this.changed.dispose();
  }
}
