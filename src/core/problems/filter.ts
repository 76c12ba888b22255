import { matchesFilter as matchesCatalogueFilter, tagCounts } from './catalogue';
import type { Problem } from './schema';
import type { Difficulty, Round } from '../vocabulary';

/**
 * Filters over the problem catalogue that combine: every given part must match (round AND
 * difficulty AND tag AND status AND text). Pure; used by the Problems tree and the quick pick.
 */

export type FilterStatus = 'solved' | 'attempted' | 'new';

/** The filter of the Problems view and quick pick: catalogue criteria plus the user's status. */
export interface ProblemFilter {
  round?: Round;
  difficulty?: Difficulty;
  tag?: string;
  status?: FilterStatus;
  /** Words that must all appear in the title, id, category, tags or nuances (case-insensitive). */
  text?: string;
}

export function matchesFilter(p: Problem, f: ProblemFilter, status: FilterStatus): boolean {
  if (f.status && status !== f.status) return false;
  return matchesCatalogueFilter(p, {
    ...(f.round ? { round: f.round } : {}),
    ...(f.difficulty ? { difficulty: f.difficulty } : {}),
    ...(f.tag ? { tags: [f.tag] } : {}),
    ...(f.text ? { text: f.text } : {}),
  });
}

export { tagCounts };
