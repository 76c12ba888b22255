import * as vscode from 'vscode';
import { computeStats } from '../core/history/stats';
import { dueReviews } from '../core/history/review';

import type { HistoryStore } from '../core/history/store';

import { parseWebviewMessage, progressToHostSchema, type HostToProgress } from '../protocol';
import type { Logger } from './logger';
import { webviewHtml, webviewOptions } from './webviewHtml';
import { ROUNDS, roundTitle, type Round } from '../core/vocabulary';

export const PROGRESS_PANEL_VIEW_TYPE = 'mlprep.progress';

/** Builds the dashboard's data from the store's summaries (no record or code is read). */
export function progressMessage(store: HistoryStore | undefined, now = new Date()): HostToProgress {
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
    reviewDue: dueReviews(list, now).length,
  };
}

/** The progress dashboard (WebviewPanel), refreshed whenever the history changes. */
export class ProgressPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private disposables: vscode.Disposable[] = [];
  /** Time to build the last stats message (ms), for tests and the bench. */
  lastBuildMs = 0;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: Logger,
    private readonly history: () => HistoryStore | undefined,
    private readonly practise: (round: Round) => Promise<void>,
  ) {}

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  show(): void {
    if (this.panel) {
      this.panel.reveal();
      this.refresh();
      return;
    }
    this.adopt(vscode.window.createWebviewPanel(PROGRESS_PANEL_VIEW_TYPE, 'ML Prep: Progress', vscode.ViewColumn.Active, webviewOptions(this.extensionUri)));
  }

  adopt(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    this.ready = false;
    panel.webview.options = webviewOptions(this.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icons', 'mlprep.svg');
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, {
      script: 'progress.js',
      styles: ['dist/webview/vendor/uplot/uPlot.min.css', 'media/webview.css', 'media/progress.css'],
      title: 'Progress',
    });
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        const parsed = parseWebviewMessage(progressToHostSchema, raw);
        if (!parsed.ok) {
          this.log.warn(`progress: rejected a message (${parsed.reason})`);
          return;
        }
        if (parsed.message.type === 'ready') {
          this.ready = true;
          this.refresh();
        } else {
          void this.practise(parsed.message.round).catch((err: unknown) => void vscode.window.showErrorMessage(`ML Interview Prep: ${err instanceof Error ? err.message : String(err)}`));
        }
      }),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.ready = false;
        for (const d of this.disposables) d.dispose();
        this.disposables = [];
      }),
    );
  }

  refresh(): void {
    if (!this.panel || !this.ready) return;
    const t0 = performance.now();
    const message = progressMessage(this.history());
    this.lastBuildMs = performance.now() - t0;
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
