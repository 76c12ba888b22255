import * as vscode from 'vscode';
import type { Problem } from '../core/problems/schema';
import { groupByCategory, sortProblems } from '../core/problems/catalogue';
import type { ProblemStatus } from '../core/history/stats';
import type { ReviewEntry } from '../core/history/review';
import { matchesFilter, type ProblemFilter } from '../core/problems/filter';
import { describeSource, type PackSource } from '../core/problems/packs';
import { Commands } from './commandIds';
import { ROUNDS, roundTitle } from '../core/vocabulary';

type Node =
  | { kind: 'round'; round: string; problems: Problem[] }
  | { kind: 'category'; round: string; category: string; problems: Problem[] }
  | { kind: 'problem'; problem: Problem }
  | { kind: 'review'; problems: Problem[] };

/**
 * The Problems tree: rounds → categories → problems, with solved / attempted / new icons, and
 * a filter (difficulty + tag + status + text) whose parts combine.
 */
export class ProblemsTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private filter: ProblemFilter = {};
  private view: vscode.TreeView<Node> | undefined;

  constructor(
    private readonly problems: () => Problem[],
    private readonly status: (id: string) => ProblemStatus,
    private readonly reviewDue: () => string[],
    private readonly source: (id: string) => PackSource | undefined = () => undefined,
    private readonly reviewOf: (id: string) => ReviewEntry | undefined = () => undefined,
  ) {}

  attach(view: vscode.TreeView<Node>): void {
    this.view = view;
    this.updateDescription();
  }

  getFilter(): ProblemFilter {
    return this.filter;
  }

  setFilter(filter: ProblemFilter): void {
    this.filter = filter;
    void vscode.commands.executeCommand('setContext', 'mlprep.problemFilterActive', Object.values(filter).some((v) => v !== undefined && v !== ''));
    this.updateDescription();
    this.refresh();
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  private updateDescription(): void {
    if (!this.view) return;
    const f = this.filter;
    const parts = [f.round, f.difficulty, f.tag ? `#${f.tag}` : undefined, f.status, f.text ? `“${f.text}”` : undefined].filter(Boolean);
    this.view.description = parts.length ? `Filter: ${parts.join(' + ')}` : undefined;
  }

  visibleProblems(): Problem[] {
    return this.problems().filter((p) => matchesFilter(p, this.filter, this.status(p.id)));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'review': {
        const item = new vscode.TreeItem('Review due', vscode.TreeItemCollapsibleState.Expanded);
        item.id = 'review';
        item.iconPath = new vscode.ThemeIcon('history', new vscode.ThemeColor('charts.orange'));
        item.description = `${node.problems.length}`;
        item.tooltip = 'Problems that come back on your spaced-review schedule today';
        return item;
      }
      case 'round': {
        const item = new vscode.TreeItem(roundTitle(node.round), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `round:${node.round}`;
        const solved = node.problems.filter((p) => this.status(p.id) === 'solved').length;
        item.description = `${solved}/${node.problems.length} solved`;
        item.contextValue = 'round';
        return item;
      }
      case 'category': {
        const item = new vscode.TreeItem(node.category, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `category:${node.round}:${node.category}`;
        item.description = `${node.problems.length}`;
        item.contextValue = 'category';
        return item;
      }
      case 'problem': {
        const p = node.problem;
        const status = this.status(p.id);
        const item = new vscode.TreeItem(p.title, vscode.TreeItemCollapsibleState.None);
        const pack = this.source(p.id);
        const fromUser = pack !== undefined && pack.origin !== 'bundled';
        const review = this.reviewOf(p.id);
        const due = review !== undefined && Date.parse(review.dueAt) <= Date.now();
        item.description = `${p.difficulty} · ${p.suggestedMinutes} min${review ? ` · ${due ? 'due now' : `review ${reviewWhen(review.dueAt)}`}` : ''}${fromUser ? ` · ${pack.label}` : ''}`;
        item.iconPath = due
          ? new vscode.ThemeIcon('history', new vscode.ThemeColor('charts.orange'))
          : status === 'solved'
            ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
            : status === 'attempted'
              ? new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor('testing.iconQueued'))
              : new vscode.ThemeIcon('circle-large-outline');
        const tip = new vscode.MarkdownString(undefined, true);
        tip.appendMarkdown(`**${escapeMd(p.title)}**  \n`);
        tip.appendMarkdown(`${escapeMd(roundTitle(p.round))} · ${escapeMd(p.category)} · ${p.difficulty} · ${p.suggestedMinutes} min  \n`);
        tip.appendMarkdown(`Status: ${status}`);
        if (fromUser) tip.appendMarkdown(`  \nPack: ${escapeMd(describeSource(pack))}`);
        if (review) tip.appendMarkdown(`  \nNext review: ${new Date(review.dueAt).toLocaleString()}${due ? ' (due)' : ''}`);
        if (p.tags.length) tip.appendMarkdown(`  \nTags: ${p.tags.map(escapeMd).join(', ')}`);
        if (p.nuances.length) tip.appendMarkdown(`  \nNuances: ${p.nuances.map(escapeMd).join(', ')}`);
        item.tooltip = tip;
        item.contextValue = `problem.${p.kind}`;
        item.command = { command: Commands.startSession, title: 'Start Timed Session', arguments: [p.id] };
        item.accessibilityInformation = { label: `${p.title}, ${p.difficulty}, ${p.suggestedMinutes} minutes, ${status}${due ? ', due for review' : ''}${fromUser ? `, from ${pack.label}` : ''}` };
        return item;
      }
    }
  }

  /** Every problem row of the filtered tree, as rendered. */
  problemItems(): { id: string; label: string; description: string }[] {
    return this.visibleProblems().map((problem) => {
      const item = this.getTreeItem({ kind: 'problem', problem });
      return { id: problem.id, label: String(item.label ?? ''), description: String(item.description ?? '') };
    });
  }

  getChildren(node?: Node): Node[] {
    const visible = this.visibleProblems();
    if (!node) {
      const rounds: Node[] = [];
      const due = new Set(this.reviewDue());
      const dueProblems = visible.filter((p) => due.has(p.id));
      if (dueProblems.length) rounds.push({ kind: 'review', problems: dueProblems });
      for (const round of ROUNDS) {
        const inRound = visible.filter((p) => p.round === round);
        if (inRound.length) rounds.push({ kind: 'round', round, problems: inRound });
      }
      return rounds;
    }
    if (node.kind === 'review') return node.problems.map((problem) => ({ kind: 'problem', problem }));
    if (node.kind === 'round') {
      const categories = groupByCategory(node.problems);
      if (categories.length === 1) return sortProblems(node.problems).map((problem) => ({ kind: 'problem', problem }));
      return categories.map(({ category, problems }) => ({ kind: 'category', round: node.round, category, problems }));
    }
    if (node.kind === 'category') return sortProblems(node.problems).map((problem) => ({ kind: 'problem', problem }));
    return [];
  }

  getParent(): undefined {
    return undefined;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** "tomorrow", "in 5 d", "on 3/14/2026" for an upcoming review. */
export function reviewWhen(dueAt: string, now = Date.now()): string {
  const days = Math.ceil((Date.parse(dueAt) - now) / 86_400_000);
  if (days <= 1) return 'tomorrow';
  if (days <= 30) return `in ${days} d`;
  return `on ${new Date(dueAt).toLocaleDateString()}`;
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
