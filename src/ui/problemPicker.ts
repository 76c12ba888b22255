import * as vscode from 'vscode';
import type { Problem } from '../core/problems/schema';
import { pickRandom } from '../core/problems/catalogue';
import { matchesFilter, tagCounts, type FilterStatus, type ProblemFilter } from '../core/problems/filter';
import { ROUNDS, ROUND_TITLES, roundTitle } from '../core/vocabulary';

type PickItem = vscode.QuickPickItem & { problemId?: string; action?: 'random' | 'weakest' | 'review' | 'filter' };

export interface PickerContext {
  problems: Problem[];
  status(id: string): FilterStatus;
  /** The weakest round, once there is history. */
  weakestRound(): string | undefined;
  reviewDue(): string[];
  filter: ProblemFilter;
}

const STATUS_ICON: Record<FilterStatus, string> = { solved: '$(pass-filled)', attempted: '$(circle-large-filled)', new: '$(circle-large-outline)' };

/** Quick pick of a problem with search, combined filters, random unsolved, weakest round, review due. */
export async function pickProblem(ctx: PickerContext, kinds: ReadonlyArray<Problem['kind']> = ['coding', 'design', 'behavioral', 'concept']): Promise<string | undefined> {
  let filter: ProblemFilter = { ...ctx.filter };
  for (;;) {
    const pool = ctx.problems.filter((p) => kinds.includes(p.kind));
    const visible = pool.filter((p) => matchesFilter(p, filter, ctx.status(p.id)));
    const items: PickItem[] = [];
    const unsolved = visible.filter((p) => ctx.status(p.id) !== 'solved');
    if (unsolved.length) items.push({ label: '$(question) Random unsolved problem', description: `${unsolved.length} to choose from`, action: 'random', alwaysShow: true });
    const weakest = ctx.weakestRound();
    if (weakest) items.push({ label: `$(target) Weakest round: ${roundTitle(weakest)}`, description: 'a problem from your lowest-scoring round', action: 'weakest', alwaysShow: true });
    const due = ctx.reviewDue().filter((id) => visible.some((p) => p.id === id));
    if (due.length) items.push({ label: `$(history) Review due (${due.length})`, description: 'problems your review schedule brings back today', action: 'review', alwaysShow: true });
    items.push({ label: '$(filter) Filter by round, difficulty, tag or status…', description: describeFilter(filter), action: 'filter', alwaysShow: true });
    for (const round of ROUNDS) {
      const inRound = visible.filter((p) => p.round === round);
      if (!inRound.length) continue;
      items.push({ label: roundTitle(round), kind: vscode.QuickPickItemKind.Separator });
      for (const p of inRound) {
        const s = ctx.status(p.id);
        items.push({
          label: `${STATUS_ICON[s]} ${p.title}`,
          description: `${p.difficulty} · ${p.suggestedMinutes} min · ${p.category}`,
          detail: [p.id, ...p.tags.map((t) => `#${t}`), ...p.nuances].join('  '),
          problemId: p.id,
        });
      }
    }
    const choice = await vscode.window.showQuickPick(items, {
      title: 'Start Timed Session',
      placeHolder: visible.length ? 'Search problems by title, tag or nuance' : 'No problem matches the filter',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!choice) return undefined;
    if (choice.problemId) return choice.problemId;
    if (choice.action === 'random') return pickRandom(unsolved)?.id;
    if (choice.action === 'review') return due[0];
    if (choice.action === 'weakest' && weakest) {
      const inWeakest = pool.filter((p) => p.round === weakest);
      const fresh = inWeakest.filter((p) => ctx.status(p.id) !== 'solved');
      const from = fresh.length ? fresh : inWeakest;
      return pickRandom(from)?.id;
    }
    if (choice.action === 'filter') {
      const next = await editFilter(pool, filter);
      if (next) filter = next;
    }
  }
}

export function describeFilter(f: ProblemFilter): string {
  const parts = [f.round ? roundTitle(f.round) : undefined, f.difficulty, f.tag ? `#${f.tag}` : undefined, f.status, f.text ? `“${f.text}”` : undefined].filter(Boolean);
  return parts.length ? `now: ${parts.join(' + ')}` : 'no filter';
}

/** Edits a filter part by part; every part combines with the others. Returns undefined on escape. */
export async function editFilter(problems: Problem[], current: ProblemFilter): Promise<ProblemFilter | undefined> {
  const f: ProblemFilter = { ...current };
  for (;;) {
    const part = await vscode.window.showQuickPick(
      [
        { label: 'Round', description: f.round ? roundTitle(f.round) : 'any', id: 'round' },
        { label: 'Difficulty', description: f.difficulty ?? 'any', id: 'difficulty' },
        { label: 'Tag', description: f.tag ?? 'any', id: 'tag' },
        { label: 'Status', description: f.status ?? 'any', id: 'status' },
        { label: 'Text', description: f.text ? `“${f.text}”` : 'none', id: 'text' },
        { label: '$(check) Apply', description: describeFilter(f), id: 'apply' },
        { label: '$(clear-all) Clear all', id: 'clear' },
      ],
      { title: 'Filter Problems (parts combine)', placeHolder: 'Choose a part to change, then Apply' },
    );
    if (!part) return undefined;
    if (part.id === 'apply') return f;
    if (part.id === 'clear') return {};
    if (part.id === 'round') {
      const r = await vscode.window.showQuickPick([{ label: 'Any round', id: '' }, ...Object.entries(ROUND_TITLES).map(([id, label]) => ({ label, id }))], { title: 'Round' });
      if (r) f.round = (r.id || undefined) as ProblemFilter['round'];
    } else if (part.id === 'difficulty') {
      const d = await vscode.window.showQuickPick(['any', 'easy', 'medium', 'hard'], { title: 'Difficulty' });
      if (d) f.difficulty = d === 'any' ? undefined : (d as ProblemFilter['difficulty']);
    } else if (part.id === 'tag') {
      const t = await vscode.window.showQuickPick([{ label: 'Any tag', tag: '' }, ...tagCounts(problems).map((t) => ({ label: t.tag, description: String(t.count), tag: t.tag }))], { title: 'Tag' });
      if (t) f.tag = t.tag || undefined;
    } else if (part.id === 'status') {
      const s = await vscode.window.showQuickPick(['any', 'new', 'attempted', 'solved'], { title: 'Status' });
      if (s) f.status = s === 'any' ? undefined : (s as FilterStatus);
    } else if (part.id === 'text') {
      const t = await vscode.window.showInputBox({ title: 'Search text', value: f.text ?? '', prompt: 'Words that must all appear in the title, id, category, tags or nuances' });
      if (t !== undefined) f.text = t.trim() || undefined;
    }
  }
}
