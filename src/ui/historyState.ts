import * as vscode from 'vscode';
import { dueOf, reviewSchedule, type DueReview, type ReviewBaseline, type ReviewCache, type ReviewEntry } from '../core/history/review';
import { openReviewState } from '../core/history/reviewState';
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

/**
 * The stored FSRS review state of the history (migrated from the earlier schedule at the first
 * start); undefined without a history. A damaged state file is set aside and rebuilt (reported).
 */
export async function openReview(root: string, store: HistoryStore | undefined, log: Logger): Promise<ReviewBaseline | undefined> {
  if (!store) return undefined;
  try {
    const opened = await openReviewState(root, store.list(), new Date());
    if (opened.migrated) log.info(`review: ${Object.keys(opened.baseline.cards).length} scheduled item(s) converted to FSRS cards`);
    if (opened.problem) {
      log.warn(`review: the review state could not be read (${opened.problem.reason}); kept as ${opened.problem.setAside} and rebuilt from the attempts`);
      void vscode.window.showWarningMessage('ML Interview Prep: the review schedule file was damaged; it was set aside and rebuilt from your attempts.', 'Show Log').then((c) => {
        if (c === 'Show Log') log.show();
      });
    }
    return opened.baseline;
  } catch (err) {
    log.error('the review state could not be opened; reviews are scheduled from the attempts alone', err);
    return undefined;
  }
}

/** What the views derive from the history (problem statuses, the review schedule), recomputed on change. */
export class DerivedHistory {
  private statuses = problemStatuses([]);
  private schedule: ReviewEntry[] = [];
  private byId = new Map<string, ReviewEntry>();
  private due: DueReview[] = [];
  private readonly reviewCache: ReviewCache = new Map();

  constructor(
    private readonly history: () => HistoryStore | undefined,
    private readonly baseline: () => ReviewBaseline | undefined = () => undefined,
  ) {
    this.refresh();
  }

  refresh(): void {
    const list = this.history()?.list() ?? [];
    this.statuses = problemStatuses(list);
    this.schedule = reviewSchedule(list, this.baseline(), this.reviewCache);
    this.byId = new Map(this.schedule.map((e) => [e.problemId, e]));
    this.due = dueOf(this.schedule, new Date());
  }

  /** The next review of a problem or card, when it is in the queue. */
  reviewOf(id: string): ReviewEntry | undefined {
    return this.byId.get(id);
  }

  /** Every item in the review queue, soonest first. */
  reviewQueue(): readonly ReviewEntry[] {
    return this.schedule;
  }

  /** Items due now, most overdue first (as of the last refresh). */
  dueItems(): readonly DueReview[] {
    return this.due;
  }

  status(id: string): ProblemStatus {
    return problemStatus(this.statuses, id);
  }

  reviewDue(): string[] {
    return this.due.map((d) => d.problemId);
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
