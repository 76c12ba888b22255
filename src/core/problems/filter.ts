/**
 * Filters over the problem catalogue that combine: every given part must match (round AND
 * difficulty AND tag AND status AND text). Pure; used by the Problems tree and the quick pick.
 */

export const ROUND_TITLES: Record<string, string> = {
  coding: 'ML-flavored coding',
  concepts: 'ML concepts & math',
  metrics: 'Metrics & evaluation',
  data: 'Live data exercises',
  nuances: 'Production nuances',
  design: 'ML system design',
  behavioral: 'Behavioral & deep dive',
};

export type FilterStatus = 'solved' | 'attempted' | 'new';

export interface ProblemFilter {
  round?: string;
  difficulty?: 'easy' | 'medium' | 'hard';
  tag?: string;
  status?: FilterStatus;
  /** Words that must all appear in the title, id, category, tags or nuances (case-insensitive). */
  text?: string;
}

export interface FilterableProblem {
  id: string;
  title: string;
  round: string;
  category: string;
  difficulty: string;
  tags: readonly string[];
  nuances: readonly string[];
}

export function matchesFilter(p: FilterableProblem, f: ProblemFilter, status: FilterStatus): boolean {
  if (f.round && p.round !== f.round) return false;
  if (f.difficulty && p.difficulty !== f.difficulty) return false;
  if (f.tag && !p.tags.includes(f.tag)) return false;
  if (f.status && status !== f.status) return false;
  if (f.text) {
    const hay = [p.id, p.title, p.category, p.round, p.difficulty, ...p.tags, ...p.nuances].join(' ').toLowerCase();
    for (const word of f.text.toLowerCase().split(/\s+/).filter(Boolean)) {
      if (!hay.includes(word)) return false;
    }
  }
  return true;
}

/** Every tag used in the catalogue with its count, most used first. */
export function tagCounts(problems: readonly FilterableProblem[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of problems) for (const t of p.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
