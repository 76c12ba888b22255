import * as path from 'node:path';
import * as vscode from 'vscode';
import { BANK_TARGET, type BankSummary } from '../../core/stories/bank';
import type { Story, StoryProblem } from '../../core/stories/story';
import { STORY_COMPETENCIES, STORY_COMPETENCY_TITLES, type StoryCompetency } from '../../core/vocabulary';
import type { StoryBank } from './storyBank';
import { ViewIds } from '../contributionIds';

export type StoryNode =
  | { kind: 'status'; summary: BankSummary }
  | { kind: 'competencies'; summary: BankSummary }
  | { kind: 'competency'; id: StoryCompetency; stories: Story[] }
  | { kind: 'story'; story: Story; path: string }
  | { kind: 'broken'; problem: StoryProblem; path: string };

/**
 * The Stories view: the bank's status against the 5–7 target, the competencies covered, then
 * one item per story (opens the file) and one per broken file (its diagnostic as tooltip).
 */
export class StoriesTree implements vscode.TreeDataProvider<StoryNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<StoryNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly sub: vscode.Disposable;

  constructor(private readonly bank: StoryBank) {
    this.sub = bank.onDidChange(() => this.changed.fire(undefined));
  }

  async getChildren(node?: StoryNode): Promise<StoryNode[]> {
    const { stories, problems } = await this.bank.read();
    const dir = this.bank.dir();
    if (!node) {
      const summary = await this.bank.summary();
      return [
        { kind: 'status', summary },
        { kind: 'competencies', summary },
        ...stories.map((story): StoryNode => ({ kind: 'story', story, path: path.join(dir, story.file) })),
        ...problems.map((problem): StoryNode => ({ kind: 'broken', problem, path: path.join(dir, problem.file) })),
      ];
    }
    if (node.kind === 'competencies') {
      return STORY_COMPETENCIES.map((id) => ({ kind: 'competency', id, stories: stories.filter((s) => s.competencies.includes(id) || (id === 'failure' && s.failure)) }));
    }
    if (node.kind === 'competency') return node.stories.map((story) => ({ kind: 'story', story, path: path.join(dir, story.file) }));
    return [];
  }

  getTreeItem(node: StoryNode): vscode.TreeItem {
    switch (node.kind) {
      case 'status': {
        const s = node.summary;
        const item = new vscode.TreeItem(s.status);
        item.id = 'stories-status';
        item.description = s.onTarget ? `target ${BANK_TARGET.min}–${BANK_TARGET.max}: on target` : `target ${BANK_TARGET.min}–${BANK_TARGET.max}`;
        item.iconPath = new vscode.ThemeIcon(s.onTarget && s.failureStory ? 'pass' : 'info', new vscode.ThemeColor(s.onTarget && s.failureStory ? 'testing.iconPassed' : 'charts.yellow'));
        item.tooltip = `${s.status}. A loop needs ${BANK_TARGET.min} to ${BANK_TARGET.max} stories, one of them about a failure of your own.`;
        return item;
      }
      case 'competencies': {
        const s = node.summary;
        const item = new vscode.TreeItem('Competencies', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'stories-competencies';
        item.description = `${s.covered.length} of ${STORY_COMPETENCIES.length} covered`;
        item.iconPath = new vscode.ThemeIcon('checklist');
        item.tooltip = s.missing.length ? `Not covered yet: ${s.missing.map((c) => STORY_COMPETENCY_TITLES[c]).join(', ')}` : 'Every competency has a story.';
        return item;
      }
      case 'competency': {
        const n = node.stories.length;
        const item = new vscode.TreeItem(STORY_COMPETENCY_TITLES[node.id], n ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `stories-competency-${node.id}`;
        item.description = n ? `${n} ${n === 1 ? 'story' : 'stories'}` : 'no story yet';
        item.iconPath = new vscode.ThemeIcon(n ? 'pass' : 'circle-large-outline', n ? new vscode.ThemeColor('testing.iconPassed') : undefined);
        return item;
      }
      case 'story': {
        const s = node.story;
        const item = new vscode.TreeItem(s.title);
        item.description = [s.failure ? 'failure' : '', ...s.competencies.filter((c) => c !== 'failure').map((c) => STORY_COMPETENCY_TITLES[c].toLowerCase())].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon(s.failure ? 'flame' : 'book');
        item.resourceUri = vscode.Uri.file(node.path);
        item.contextValue = 'story';
        const md = new vscode.MarkdownString();
        md.appendMarkdown(`**${escapeMd(s.title)}**${s.date ? ` — ${s.date}` : ''}\n\n`);
        md.appendMarkdown(`Competencies: ${s.competencies.length ? s.competencies.map((c) => STORY_COMPETENCY_TITLES[c]).join(', ') : 'none listed'}\n\n`);
        if (s.impact.length) md.appendMarkdown(`Impact: ${s.impact.map(escapeMd).join('; ')}`);
        item.tooltip = md;
        item.command = { command: 'vscode.open', title: 'Open Story', arguments: [vscode.Uri.file(node.path)] };
        return item;
      }
      case 'broken': {
        const p = node.problem;
        const item = new vscode.TreeItem(p.file);
        item.description = `cannot be read${p.line ? ` (line ${p.line})` : ''}`;
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
        item.tooltip = `${p.file}${p.line ? `, line ${p.line}` : ''}: ${p.message}`;
        item.contextValue = 'brokenStory';
        item.command = { command: 'vscode.open', title: 'Open Story', arguments: [vscode.Uri.file(node.path), ...(p.line ? [{ selection: new vscode.Range(p.line - 1, 0, p.line - 1, 0) }] : [])] };
        return item;
      }
    }
  }

  refresh(): void {
    this.bank.refresh();
  }

  dispose(): void {
    this.sub.dispose();
    this.changed.dispose();
  }
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

export const STORIES_VIEW_ID = ViewIds.stories;
