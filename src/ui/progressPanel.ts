import * as vscode from 'vscode';
import { computeStats } from '../core/history/stats';
import { dueReviews } from '../core/history/review';
import type { DerivedHistory } from './historyState';
import type { Catalog } from './catalog';

import type { HistoryStore } from '../core/history/store';
import type { LoopRecord } from '../core/history/loopRecord';
import type { LoopStore } from '../core/history/loopStore';

import { progressToHostSchema, type HostToProgress, type ProgressToHost, type ReviewQueueItemView } from '../protocol';
import type { Logger } from './logger';
import { WebviewHost } from './webviewHost';
import { webviewOptions } from './webviewHtml';
import { ROUNDS, roundTitle, type Round } from '../core/vocabulary';
import { PanelTypes } from './contributionIds';

export const PROGRESS_PANEL_VIEW_TYPE = PanelTypes.progress;

/** Most items the dashboard's review queue lists. */
export const REVIEW_QUEUE_ROWS = 12;

/** The review queue as the dashboard shows it: due items first, then the next ones (FSRS schedule). */
export function reviewQueueView(derived: DerivedHistory, catalog: Catalog, now = Date.now()): ReviewQueueItemView[] {
  return derived
    .reviewQueue()
    .slice(0, REVIEW_QUEUE_ROWS)
    .map((e) => {
      const p = catalog.get(e.problemId);
      return { id: e.problemId, title: p?.title ?? e.problemId, kind: p?.kind ?? 'coding', dueAt: e.dueAt, due: Date.parse(e.dueAt) <= now, reason: e.reason };
    });
}

/** Builds the dashboard's data from the store's summaries (no record or code is read). */
export function progressMessage(store: HistoryStore | undefined, now = new Date(), queue?: ReviewQueueItemView[], loopRecords: readonly LoopRecord[] = []): HostToProgress {
  const list = store?.list() ?? [];
  const stats = computeStats(list, { now });
  const rounds = ROUNDS.map((r) => {
    const s = stats.rounds[r];
    return {
      round: r,
      title: roundTitle(r),
      attempts: s.attempts,
      solveRate: s.solveRate,
      averageScore: s.averageScore,
      timeVsBudget: s.timeUsedOfBudget,
      averageSelfRating: s.averageSelfRating,
    };
  });
  return {
    type: 'stats',
    totalAttempts: list.length,
    rounds,
    trend: stats.trend.map((w) => ({ label: w.week, start: Math.floor(new Date(`${w.start}T00:00:00`).getTime() / 1000), attempts: w.attempts, solveRate: w.solveRate, averageScore: w.averageScore })),
    weakest: stats.weakest
      ? {
          round: stats.weakest.round,
          title: roundTitle(stats.weakest.round),
          averageScore: stats.weakest.averageScore,
          reason: stats.weakest.reason === 'never-practised' ? 'not practised yet' : `lowest average score over ${stats.weakest.attempts} attempts`,
        }
      : null,
    streak: { current: stats.streak.days, longest: stats.streak.longest },
    reviewDue: queue ? queue.filter((q) => q.due).length : dueReviews(list, now).length,
    reviewQueue: queue ?? [],
    loops: [...loopRecords]
      .reverse()
      .slice(-12)
      .map((l) => ({ startedAt: l.startedAt, level: l.level, status: l.status, rounds: l.rounds.map((r) => ({ round: r.round, score: r.score, overMs: Math.max(0, r.timeUsedMs - r.budgetMs) })) })),
    latestDebrief: ((): HostToProgress['latestDebrief'] => {
      const l = loopRecords.find((x) => x.debrief);
      return l?.debrief ? { startedAt: l.startedAt, level: l.level, wentWell: l.debrief.wentWell, hesitated: l.debrief.hesitated, change: l.debrief.change, focus: l.debrief.focus.reason } : null;
    })(),
  };
}

/** The progress dashboard (WebviewPanel), refreshed whenever the history changes. */
export class ProgressPanel implements vscode.Disposable {
  private readonly host: WebviewHost<ProgressToHost, HostToProgress, vscode.WebviewPanel>;
  /** Time to build the last stats message (ms), for tests and the bench. */
  lastBuildMs = 0;
  private loops: () => LoopStore | undefined = () => undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    log: Logger,
    private readonly history: () => HistoryStore | undefined,
    practise: (round: Round) => Promise<void>,
    private readonly queue?: () => ReviewQueueItemView[],
  ) {
    this.host = new WebviewHost(extensionUri, log, {
      name: 'progress',
      script: 'progress.js',
      styles: ['dist/webview/vendor/uplot/uPlot.min.css', 'media/webview.css', 'media/progress.css'],
      schema: progressToHostSchema,
      onMessage: (m) => (m.type === 'ready' ? this.refresh() : practise(m.round)),
    });
  }

  /** The mock loop records the dashboard shows (loops over time, the latest debrief). */
  setLoops(loops: () => LoopStore | undefined): void {
    this.loops = loops;
  }

  get isOpen(): boolean {
    return this.host.container !== undefined;
  }

  show(): void {
    const open = this.host.container;
    if (open) {
      open.reveal();
      this.refresh();
      return;
    }
    this.adopt(vscode.window.createWebviewPanel(PROGRESS_PANEL_VIEW_TYPE, 'ML Prep: Progress', vscode.ViewColumn.Active, webviewOptions(this.extensionUri)));
  }

  /** Takes over a new panel, or one that VS Code restored after a reload. */
  adopt(panel: vscode.WebviewPanel): void {
    this.host.dispose();
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icons', 'mlprep.svg');
    this.host.attach(panel, 'Progress');
  }

  /** Sends fresh figures to an open, ready dashboard (the stats are built only then). */
  refresh(): void {
    if (!this.host.isReady) return;
    const t0 = performance.now();
    const message = progressMessage(this.history(), new Date(), this.queue?.(), this.loops()?.list() ?? []);
    this.lastBuildMs = performance.now() - t0;
    this.host.post(message);
  }

  dispose(): void {
    this.host.dispose();
  }
}
