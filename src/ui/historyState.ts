import * as vscode from 'vscode';
import { dueReviews } from '../core/history/review';
import { problemStatus, problemStatuses, weakestRound, type ProblemStatus } from '../core/history/stats';
import { HistoryStore } from '../core/history/store';
import type { Logger } from './logger';

/** Opens the attempt history; undefined (sessions still work, nothing is recorded) when it cannot be opened. */
export async function openHistory(root: string, log: Logger): Promise<HistoryStore | undefined> {
  try {
    const store = await HistoryStore.open(root);
    if (store.issues.length) {
      for (const issue of store.issues) log.warn(`history: ${JSON.stringify(issue)}`);
      void vscode.window.showWarningMessage(`ML Interview Prep: ${store.issues.length} history file(s) could not be read and were set aside; all other attempts are loaded.`, 'Show Log').then((c) => {
        if (c === 'Show Log') log.show();
      });
    }
    return store;
  } catch (err) {
    log.error('history could not be opened', err);
    void vscode.window.showErrorMessage(`ML Interview Prep: the attempt history could not be opened (${err instanceof Error ? err.message : String(err)}). Sessions still work; attempts are not recorded.`);
    return undefined;
  }
}

/** What the views derive from the history (problem statuses, reviews due), recomputed on change. */
export class DerivedHistory {
  private statuses = problemStatuses([]);
  private due: string[] = [];

  constructor(private readonly history: () => HistoryStore | undefined) {
    this.refresh();
  }

  refresh(): void {
    const list = this.history()?.list() ?? [];
    this.statuses = problemStatuses(list);
    this.due = dueReviews(list, new Date()).map((d) => d.problemId);
  }

  status(id: string): ProblemStatus {
    return problemStatus(this.statuses, id);
  }

  reviewDue(): string[] {
    return this.due;
  }

  /** The round to practise first, once there is history. */
  weakestRound(): string | undefined {
    const list = this.history()?.list() ?? [];
    if (!list.length) return undefined;
    return weakestRound(list)?.round;
  }
}

/**
 * Calls `onChange` when the history changes: attempts recorded in this window, and (debounced)
 * attempt files written by another window into the same store.
 */
export function watchHistory(store: HistoryStore, root: string, onChange: () => void): vscode.Disposable {
  const unsubscribe = store.onDidChange(onChange);
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(root), 'attempts/*.json'));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reload = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void store.reload(), 500);
  };
  return vscode.Disposable.from(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload), {
    dispose: () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  });
}
