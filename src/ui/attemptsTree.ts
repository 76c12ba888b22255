import * as vscode from 'vscode';
import type { AttemptSummary } from '../core/history/model';
import type { HistoryStore } from '../core/history/store';
import { formatDuration } from '../core/history/exportFormats';

export type AttemptGrouping = 'problem' | 'day';
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

  get groupingMode(): AttemptGrouping {
    return this.grouping;
  }

  async setGrouping(g: AttemptGrouping): Promise<void> {
    this.grouping = g;
    await this.state.update(GROUPING_KEY, g);
    await vscode.commands.executeCommand('setContext', 'mlprep.attemptsGrouping', g);
    this.refresh();
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** Groups of the current mode, newest first; also used by tests. */
  groups(): Extract<AttemptNode, { kind: 'group' }>[] {
    const list = [...(this.history()?.list() ?? [])].sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id));
    const groups = new Map<string, Extract<AttemptNode, { kind: 'group' }>>();
    for (const a of list) {
      const key = this.grouping === 'problem' ? a.problemId : localDate(a.startedAt);
      let g = groups.get(key);
      if (!g) {
        g = { kind: 'group', key, label: this.grouping === 'problem' ? a.title : dayLabel(a.startedAt), attempts: [] };
        groups.set(key, g);
      }
      g.attempts.push(a);
    }
    return [...groups.values()];
  }

  /** The attempt of the same problem made just before this one (for diffs). */
  previousOf(a: AttemptSummary): AttemptSummary | undefined {
    const same = (this.history()?.list() ?? []).filter((x) => x.problemId === a.problemId && x.snapshotRuns.length > 0 && (x.startedAt < a.startedAt || (x.startedAt === a.startedAt && x.id < a.id)));
    return same.sort((x, y) => y.startedAt.localeCompare(x.startedAt) || y.id.localeCompare(x.id))[0];
  }

  getChildren(node?: AttemptNode): AttemptNode[] {
    if (!node) return this.groups();
    if (node.kind === 'group') return node.attempts.map((attempt) => ({ kind: 'attempt', attempt, previous: this.previousOf(attempt) }));
    return [];
  }

  getTreeItem(node: AttemptNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
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

function localDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function dayLabel(iso: string): string {
  const key = localDate(iso);
  const today = localDate(new Date().toISOString());
  const yesterday = localDate(new Date(Date.now() - 86_400_000).toISOString());
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
