/**
 * Quick-fire: explain-it cards one after another under one overall clock. This module picks the
 * cards and keeps the pure state of a run; the UI (`ui/session/cardSession.ts`) shows them.
 *
 * Selection: cards due for review first (most overdue first), then cards never graded (in the
 * catalogue order, shuffled when a random source is given), then the other scheduled cards,
 * soonest due first; at most `count`.
 */
import type { ReviewEntry } from '../history/review';
import type { ConceptProblem } from '../problems/schema';
import type { CardGrade } from '../vocabulary';

export const QUICK_FIRE_DEFAULTS = { count: 10, minutes: 15 } as const;
export const QUICK_FIRE_LIMITS = { maxCount: 100, maxMinutes: 180 } as const;

export interface QuickFireOptions {
  readonly count: number;
  readonly minutes: number;
}

/**
 * Script options of `mlprep.startQuickFire` (`{ count?, minutes? }`), checked: a value out of
 * range or of the wrong type is an error that says which and why.
 */
export function quickFireOptions(raw: unknown): { ok: true; options: QuickFireOptions } | { ok: false; error: string } {
  if (raw === undefined || raw === null) return { ok: true, options: { ...QUICK_FIRE_DEFAULTS } };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: 'quick-fire options must be an object like { count: 10, minutes: 15 }' };
  const o = raw as Record<string, unknown>;
  const unknown = Object.keys(o).filter((k) => k !== 'count' && k !== 'minutes');
  if (unknown.length) return { ok: false, error: `unknown quick-fire option(s): ${unknown.join(', ')} (allowed: count, minutes)` };
  const count = o.count ?? QUICK_FIRE_DEFAULTS.count;
  const minutes = o.minutes ?? QUICK_FIRE_DEFAULTS.minutes;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > QUICK_FIRE_LIMITS.maxCount) {
    return { ok: false, error: `count must be a whole number of cards from 1 to ${QUICK_FIRE_LIMITS.maxCount}` };
  }
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0 || minutes > QUICK_FIRE_LIMITS.maxMinutes) {
    return { ok: false, error: `minutes must be a number above 0 and at most ${QUICK_FIRE_LIMITS.maxMinutes}` };
  }
  return { ok: true, options: { count, minutes } };
}

/** The cards of a quick-fire run, in the order they are shown. */
export function selectQuickFire(cards: readonly ConceptProblem[], schedule: readonly ReviewEntry[], now: Date, count: number, random?: () => number): ConceptProblem[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const nowMs = now.getTime();
  const scheduled = schedule.filter((e) => byId.has(e.problemId));
  const due = scheduled.filter((e) => Date.parse(e.dueAt) <= nowMs).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.problemId.localeCompare(b.problemId));
  const later = scheduled.filter((e) => Date.parse(e.dueAt) > nowMs).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.problemId.localeCompare(b.problemId));
  const inQueue = new Set(scheduled.map((e) => e.problemId));
  const fresh = cards.filter((c) => !inQueue.has(c.id));
  if (random) shuffle(fresh, random);
  const ordered = [...due.map((e) => byId.get(e.problemId) as ConceptProblem), ...fresh, ...later.map((e) => byId.get(e.problemId) as ConceptProblem)];
  return ordered.slice(0, Math.max(0, count));
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

/** One graded card of a run. */
export interface GradedCard {
  readonly cardId: string;
  readonly grade: CardGrade;
  readonly ticked: readonly number[];
  readonly keyPoints: number;
  readonly attemptId?: string;
}

/** What a finished quick-fire run (or a card session of a mock loop) reports. */
export interface QuickFireResult {
  readonly cards: readonly string[];
  readonly graded: readonly GradedCard[];
  /** Why it ended: every card graded, the overall time ran out, or it was stopped. */
  readonly ended: 'done' | 'time-up' | 'stopped';
}
