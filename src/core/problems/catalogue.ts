// Pure filter, search and grouping helpers over loaded problems (used by the Problems tree,
// quick picks and the CLI).
import type { Problem } from './schema';
import { DIFFICULTIES, type Difficulty, type Language, ROUNDS, type Round } from '../vocabulary';

export interface ProblemFilter {
  round?: Round | readonly Round[];
  difficulty?: Difficulty | readonly Difficulty[];
  kind?: Problem['kind'];
  /** Every listed tag must be present. */
  tags?: readonly string[];
  /** A problem must link to this nuance. */
  nuance?: string;
  /** Free text; every word must occur in the id, title, category, tags or nuances. */
  text?: string;
}

function asList<T>(x: T | readonly T[] | undefined): readonly T[] | undefined {
  if (x === undefined) return undefined;
  return Array.isArray(x) ? (x as readonly T[]) : [x as T];
}

/** Lower-case, accent-free text used for matching. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function haystack(p: Problem): string {
  return normalizeText([p.id, p.title, p.category, p.round, p.difficulty, ...p.tags, ...p.nuances].join(' ').replace(/-/g, ' ') + ' ' + p.id + ' ' + p.tags.join(' '));
}

/** True when the problem matches every word of the query (empty query matches everything). */
export function matchesText(p: Problem, query: string): boolean {
  const words = normalizeText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const h = haystack(p);
  return words.every((w) => h.includes(w));
}

export function matchesFilter(p: Problem, f: ProblemFilter): boolean {
  const rounds = asList(f.round);
  if (rounds && rounds.length > 0 && !rounds.includes(p.round)) return false;
  const diffs = asList(f.difficulty);
  if (diffs && diffs.length > 0 && !diffs.includes(p.difficulty)) return false;
  if (f.kind && p.kind !== f.kind) return false;
  if (f.tags && !f.tags.every((t) => p.tags.includes(t))) return false;
  if (f.nuance && !(p.nuances as readonly string[]).includes(f.nuance)) return false;
  if (f.text && !matchesText(p, f.text)) return false;
  return true;
}

/** Problems matching every given criterion, in catalogue order. */
export function filterProblems(problems: readonly Problem[], f: ProblemFilter): Problem[] {
  return sortProblems(problems.filter((p) => matchesFilter(p, f)));
}

/**
 * Text search ranked by relevance: id or title match first, then tags, then the rest; ties in
 * catalogue order.
 */
export function searchProblems(problems: readonly Problem[], query: string): Problem[] {
  const q = normalizeText(query).trim();
  if (!q) return sortProblems(problems);
  const score = (p: Problem): number => {
    const title = normalizeText(p.title);
    if (p.id === q || title === q) return 0;
    if (p.id.startsWith(q) || title.startsWith(q)) return 1;
    if (p.id.includes(q) || title.includes(q)) return 2;
    if (p.tags.some((t) => t.includes(q))) return 3;
    return 4;
  };
  return problems
    .filter((p) => matchesText(p, query))
    .map((p) => ({ p, s: score(p) }))
    .sort((a, b) => a.s - b.s || compareProblems(a.p, b.p))
    .map((x) => x.p);
}

/** Catalogue order: round (README order), difficulty, category, title. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    ROUNDS.indexOf(a.round) - ROUNDS.indexOf(b.round) ||
    DIFFICULTIES.indexOf(a.difficulty) - DIFFICULTIES.indexOf(b.difficulty) ||
    a.category.localeCompare(b.category) ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  );
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(compareProblems);
}

/** Problems grouped by round (README order), each group in catalogue order; empty rounds omitted. */
export function groupByRound(problems: readonly Problem[]): { round: Round; problems: Problem[] }[] {
  return ROUNDS.map((round) => ({ round, problems: sortProblems(problems.filter((p) => p.round === round)) })).filter((g) => g.problems.length > 0);
}

/** Problems of one round grouped by category (alphabetical). */
export function groupByCategory(problems: readonly Problem[]): { category: string; problems: Problem[] }[] {
  const map = new Map<string, Problem[]>();
  for (const p of sortProblems(problems)) {
    const list = map.get(p.category);
    if (list) list.push(p);
    else map.set(p.category, [p]);
  }
  return [...map.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([category, ps]) => ({ category, problems: ps }));
}

/** Every tag used, with how many problems carry it, most used first. */
export function tagCounts(problems: readonly Problem[]): { tag: string; count: number }[] {
  const m = new Map<string, number>();
  for (const p of problems) for (const t of p.tags) m.set(t, (m.get(t) ?? 0) + 1);
  return [...m.entries()].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/**
 * Languages a coding problem offers to the user: python (when the pack has it), plus typescript
 * and javascript when the pack has TypeScript, plus sql when it has a SQL version.
 */
export function offeredLanguages(p: Problem): Language[] {
  if (p.kind !== 'coding') return [];
  const out: Language[] = [];
  if (p.languages.python) out.push('python');
  if (p.languages.typescript) out.push('typescript', 'javascript');
  if (p.languages.sql) out.push('sql');
  return out;
}

/** A pseudo-random pick among the given problems; `random` is injected (tests pass a fixed one). */
export function pickRandom<T>(items: readonly T[], random: () => number = Math.random): T | undefined {
  if (items.length === 0) return undefined;
  return items[Math.min(items.length - 1, Math.floor(random() * items.length))];
}
