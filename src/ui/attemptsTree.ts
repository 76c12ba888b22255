import * as vscode from 'vscode';
import type { AttemptSummary } from '../core/history/model';
import type { HistoryStore } from '../core/history/store';
import type { LoopRecord } from '../core/history/loopRecord';
import type { LoopStore } from '../core/history/loopStore';
import { roundTitle } from '../core/vocabulary';
import { formatDuration } from '../core/history/exportFormats';
import { groupAttempts, localDateKey, type GroupedAttempts } from '../core/history/grouping';

import type { AttemptGrouping } from '../core/history/grouping';
const GROUPING_KEY = 'mlprep.attempts.grouping';

export type AttemptNode =
  | { kind: 'loops'; loops: readonly LoopRecord[] }
  | { kind: 'loop'; loop: LoopRecord }
  | { kind: 'round'; loop: LoopRecord; index: number }
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
  private loops: () => LoopStore | undefined = () => undefined;

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

  /** The mock loop records, shown as a "Mock loops" node above the groups. */
  setLoops(loops: () => LoopStore | undefined): void {
    this.loops = loops;
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
    if (!node) {
      const loops = this.loops()?.list() ?? [];
      return [...(loops.length ? [{ kind: 'loops' as const, loops }] : []), ...this.groups()];
    }
    if (node.kind === 'loops') return node.loops.map((loop) => ({ kind: 'loop', loop }));
    if (node.kind === 'loop') return node.loop.rounds.map((_r, index) => ({ kind: 'round', loop: node.loop, index }));
    if (node.kind === 'round') return [];
    if (node.kind === 'group') return node.attempts.map((attempt) => ({ kind: 'attempt', attempt, previous: this.previousOf(attempt) }));
    return [];
  }

  getTreeItem(node: AttemptNode): vscode.TreeItem {
    if (node.kind === 'loops' || node.kind === 'loop' || node.kind === 'round') return loopItem(node, (id) => this.history()?.summary(id));
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

/** Tree items of the mock loops: the "Mock loops" node, a loop, a round of a loop. */
function loopItem(node: Extract<AttemptNode, { kind: 'loops' | 'loop' | 'round' }>, summary: (id: string) => AttemptSummary | undefined): vscode.TreeItem {
  if (node.kind === 'loops') {
    const item = new vscode.TreeItem('Mock loops', vscode.TreeItemCollapsibleState.Expanded);
    item.id = 'loops';
    item.description = `${node.loops.length} loop${node.loops.length === 1 ? '' : 's'}`;
    item.iconPath = new vscode.ThemeIcon('organization');
    return item;
  }
  if (node.kind === 'loop') {
    const l = node.loop;
    const item = new vscode.TreeItem(`${l.level} loop · ${relativeTime(l.startedAt)}`, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `loop:${l.id}`;
    const avg = l.rounds.length ? Math.round(l.rounds.reduce((n, r) => n + r.score, 0) / l.rounds.length) : 0;
    item.description = [l.status, `${l.rounds.length}/${l.plan.length} rounds`, l.rounds.length ? `avg score ${avg}` : undefined, l.debrief ? 'debriefed' : undefined].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon(l.status === 'abandoned' ? 'circle-slash' : l.status === 'running' ? 'play-circle' : 'organization');
    item.contextValue = 'loop';
    item.command = { command: 'mlprep.showLoop', title: 'Show Mock Loop' };
    if (l.debrief) item.tooltip = `Focus next week: ${l.debrief.focus.reason}`;
    return item;
  }
  const r = node.loop.rounds[node.index]!;
  const a = r.attemptId ? summary(r.attemptId) : undefined;
  const item = new vscode.TreeItem(`${node.index + 1}. ${roundTitle(r.round)}`, vscode.TreeItemCollapsibleState.None);
  item.id = `loop:${node.loop.id}:${node.index}`;
  item.description = [a?.title ?? r.problemId, r.verdict, `score ${Math.round(r.score)}`, `${formatDuration(r.timeUsedMs)} / ${formatDuration(r.budgetMs)}`, r.endedBy === 'time' ? 'time-up' : undefined].filter(Boolean).join(' · ');
  item.iconPath = r.verdict === 'pass' ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')) : r.verdict === 'fail' ? new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed')) : new vscode.ThemeIcon('circle-large-outline');
  if (a?.snapshotRuns.length) {
    const attemptNode: AttemptNode = { kind: 'attempt', attempt: a, previous: undefined };
    item.command = { command: 'mlprep.openSnapshot', title: 'Open Code Snapshot', arguments: [attemptNode] };
  }
  return item;
}
