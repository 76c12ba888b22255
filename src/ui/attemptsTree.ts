import * as vscode from 'vscode';
import type { AttemptSummary } from '../core/history/model';
import type { HistoryStore } from '../core/history/store';
import { formatDuration } from '../core/history/exportFormats';
import { groupAttempts, localDateKey, type GroupedAttempts } from '../core/history/grouping';

import type { AttemptGrouping } from '../core/history/grouping';
const GROUPING_KEY = 'mlprep.attempts.grouping';

export type AttemptNode =
  | { kind: 'group'; key: string; label: string; attempts: AttemptSummary[] }
  | { kind: 'attempt'; attempt: AttemptSummary; previous: AttemptSummary | undefined };

/**
 * Past attempts, newest first, grouped by problem or by day. Built from the store's light
 * summaries only (no record or code is read to draw the tree).
 */
export class AttemptsTree implements vscode.TreeDataProvider<AttemptNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AttemptNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private grouping: AttemptGrouping;

  constructor(
    private readonly history: () => HistoryStore | undefined,
    private readonly state: vscode.Memento,
  ) {
    this.grouping = state.get<AttemptGrouping>(GROUPING_KEY) === 'day' ? 'day' : 'problem';
    void vscode.commands.executeCommand('setContext', 'mlprep.attemptsGrouping', this.grouping);
  }

  async setGrouping(g: AttemptGrouping): Promise<void> {
    this.grouping = g;
    await this.state.update(GROUPING_KEY, g);
    await vscode.commands.executeCommand('setContext', 'mlprep.attemptsGrouping', g);
    this.refresh();
  }

  refresh(): void {
    this.model = undefined;
    this.changed.fire(undefined);
  }

  private model: GroupedAttempts | undefined;

  private grouped(): GroupedAttempts {
    this.model ??= groupAttempts(this.history()?.list() ?? [], this.grouping, (_key, iso) => dayLabel(iso));
    return this.model;
  }

  /** Groups of the current mode, newest first; also used by tests. */
  groups(): Extract<AttemptNode, { kind: 'group' }>[] {
    return this.grouped().groups.map((g) => ({ kind: 'group', ...g }));
  }

  /** The attempt of the same problem made just before this one, with code (for diffs). */
  previousOf(a: AttemptSummary): AttemptSummary | undefined {
    return this.grouped().previous.get(a.id);
  }

  getChildren(node?: AttemptNode): AttemptNode[] {
    if (!node) return this.groups();
    if (node.kind === 'group') return node.attempts.map((attempt) => ({ kind: 'attempt', attempt, previous: this.previousOf(attempt) }));
    return [];
  }

  getTreeItem(node: AttemptNode): vscode.TreeItem {
    if (node.kind === 'group') {
      // With a long history only the newest groups start expanded.
      const index = this.grouped().groups.findIndex((g) => g.key === node.key);
      const item = new vscode.TreeItem(node.label, index < 5 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `group:${this.grouping}:${node.key}`;
      const solved = node.attempts.some((a) => a.verdict === 'pass');
      item.description = `${node.attempts.length} attempt${node.attempts.length === 1 ? '' : 's'}${this.grouping === 'problem' && solved ? ' · solved' : ''}`;
      item.iconPath = new vscode.ThemeIcon(this.grouping === 'problem' ? 'symbol-method' : 'calendar');
      return item;
    }
    const a = node.attempt;
    const label = this.grouping === 'problem' ? relativeTime(a.startedAt) : a.title;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `attempt:${a.id}`;
    const parts = [
      a.verdict === 'pass' ? 'passed' : a.verdict === 'fail' ? `failed ${a.passed}/${a.total}` : 'incomplete',
      `score ${Math.round(a.score)}`,
      `${formatDuration(a.timeUsedMs)}${a.budgetMs ? ` / ${formatDuration(a.budgetMs)}` : ''}`,
      a.hintsUsed ? `${a.hintsUsed} hint${a.hintsUsed === 1 ? '' : 's'}` : undefined,
      a.overtime ? 'overtime' : undefined,
      this.grouping === 'day' ? relativeTime(a.startedAt) : undefined,
    ].filter(Boolean);
    item.description = parts.join(' · ');
    item.iconPath =
      a.verdict === 'pass'
        ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
        : a.verdict === 'fail'
          ? new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed'))
          : new vscode.ThemeIcon('circle-large-outline');
    const tip = new vscode.MarkdownString();
    tip.appendText(`${a.title} — ${a.language}\n`);
    tip.appendText(`${new Date(a.startedAt).toLocaleString()}\n`);
    tip.appendText(`${parts.join(' · ')}\n`);
    if (a.selfRating) tip.appendText(`Self-rating: ${a.selfRating}/4\n`);
    if (a.note) tip.appendText(`Note: ${a.note}`);
    item.tooltip = tip;
    item.contextValue = ['attempt', node.previous ? 'hasPrevious' : '', a.snapshotRuns.length ? 'hasCode' : ''].filter(Boolean).join('.');
    if (a.snapshotRuns.length) item.command = { command: 'mlprep.openSnapshot', title: 'Open Code Snapshot', arguments: [node] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function dayLabel(iso: string): string {
  const key = localDateKey(iso);
  const today = localDateKey(new Date().toISOString());
  const yesterday = localDateKey(new Date(Date.now() - 86_400_000).toISOString());
  if (key === today) return 'Today';
  if (key === yesterday) return 'Yesterday';
  return new Date(iso).toLocaleDateString(undefined, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' });
}

export function relativeTime(iso: string, now = Date.now()): string {
  const s = Math.round((now - new Date(iso).getTime()) / 1000);
  if (s < 60) return 'just now';
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min ago`;
  const h = Math.round(m / 60);
  if (h < 24) return `${h} h ago`;
  const d = Math.round(h / 24);
  if (d < 30) return `${d} day${d === 1 ? '' : 's'} ago`;
  return new Date(iso).toLocaleDateString();
}
