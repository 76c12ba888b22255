/**
 * Plans of a mock interview loop: the default rounds and minutes per target level, script
 * plans validated, durations scaled, and the problem picked for each round.
 *
 * Defaults (minutes; a 5-minute break between rounds):
 * - mid:    coding 45 → cards 15 → concepts/data 30 → design 40 → behavioral 25   (design + behavioral 42 %)
 * - senior: coding 40 → cards 15 → design 50 → behavioral 35, with a deep dive     (design + behavioral 61 %)
 * - staff:  coding 35 → cards 15 → design 60 → behavioral 45, with a deep dive     (design + behavioral 68 %)
 * "cards" is the ML breadth round: 5 explain-it cards (due for review first, then new ones)
 * under one 15-minute clock. The concepts/data slot of the mid plan takes the weakest of the
 * concepts, metrics, data and nuances rounds, with a coding problem (never a card).
 */
import { z } from 'zod';
import { ROUNDS, ROUND_COMPONENT, type ProblemKind, type Round, type TargetLevel } from '../vocabulary';

export interface LoopStep {
  readonly round: Round;
  readonly minutes: number;
  readonly problemId?: string;
  /** An explain-it round of this many cards (round `concepts`) instead of one problem. */
  readonly cards?: number;
}

/** A step with its problem chosen (an explain-it round: its cards; `problemId` is the first). */
export interface PlannedStep {
  readonly round: Round;
  readonly minutes: number;
  readonly problemId: string;
  readonly cards?: readonly string[];
}

/** Cards of an explain-it round of the default plans, and the most a script may ask for. */
export const LOOP_CARDS = { default: 5, minutes: 15, max: 20 } as const;

export const BREAK_MINUTES = 5;
export const MAX_LOOP_STEPS = 8;
export const MAX_STEP_MINUTES = 240;
export const LOOP_PICK_RECENT_DAYS = 14;

/** A round that takes the weakest of several rounds (the mid plan's concepts/data slot). */
const FLEX_ROUNDS: readonly Round[] = ['concepts', 'metrics', 'data', 'nuances'];

const CARDS_STEP = { round: 'concepts', minutes: LOOP_CARDS.minutes, cards: LOOP_CARDS.default } as const;

const DEFAULT_PLANS: Readonly<Record<TargetLevel, readonly { round: Round | 'flex'; minutes: number; cards?: number }[]>> = {
  mid: [
    { round: 'coding', minutes: 45 },
    CARDS_STEP,
    { round: 'flex', minutes: 30 },
    { round: 'design', minutes: 40 },
    { round: 'behavioral', minutes: 25 },
  ],
  senior: [
    { round: 'coding', minutes: 40 },
    CARDS_STEP,
    { round: 'design', minutes: 50 },
    { round: 'behavioral', minutes: 35 },
  ],
  staff: [
    { round: 'coding', minutes: 35 },
    CARDS_STEP,
    { round: 'design', minutes: 60 },
    { round: 'behavioral', minutes: 45 },
  ],
};

/** Levels whose behavioral round closes with a deep dive into one project. */
export function hasDeepDive(level: TargetLevel): boolean {
  return level !== 'mid';
}

/** The prompt shown at the start of a deep-dive behavioral round. */
export const DEEP_DIVE_PROMPT =
  'Deep dive: after the story, expect follow-ups on one project you led — the trade-offs you chose, what you measured, what failed, and what you would do differently at ten times the scale.';

/** Average score per round of the history (null = never practised); lower is weaker. */
export type RoundScores = Partial<Record<Round, number | null>>;

/** The weakest of some rounds: never practised first, then the lowest average score, then vocabulary order. */
export function weakestOf(rounds: readonly Round[], scores: RoundScores): Round {
  const rank = (r: Round): number => {
    const s = scores[r];
    return s === undefined || s === null ? -1 : s;
  };
  return [...rounds].sort((a, b) => rank(a) - rank(b) || ROUNDS.indexOf(a) - ROUNDS.indexOf(b))[0] ?? rounds[0]!;
}

/** The default plan of a level (rounds and minutes, no problems yet). */
export function defaultPlan(level: TargetLevel, scores: RoundScores = {}): LoopStep[] {
  return DEFAULT_PLANS[level].map((s) => ({ round: s.round === 'flex' ? weakestOf(FLEX_ROUNDS, scores) : s.round, minutes: s.minutes, ...(s.cards ? { cards: s.cards } : {}) }));
}

/** Share of the loop's minutes that design and behavioral rounds take (0–1). */
export function designBehavioralShare(plan: readonly Pick<LoopStep, 'round' | 'minutes'>[]): number {
  const total = plan.reduce((n, s) => n + s.minutes, 0);
  const part = plan.filter((s) => s.round === 'design' || s.round === 'behavioral').reduce((n, s) => n + s.minutes, 0);
  return total > 0 ? part / total : 0;
}

export const loopStepSchema = z
  .object({
    round: z.enum(ROUNDS),
    minutes: z.number().positive().max(MAX_STEP_MINUTES),
    problemId: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    cards: z.int().min(1).max(LOOP_CARDS.max).optional(),
  })
  .refine((s) => s.cards === undefined || s.round === 'concepts', { message: 'an explain-it round (cards) belongs to the round "concepts"', path: ['cards'] })
  .refine((s) => s.cards === undefined || s.problemId === undefined, { message: 'an explain-it round picks its cards: give cards or problemId, not both', path: ['cards'] });

export const loopOptionsSchema = z
  .object({
    level: z.enum(['mid', 'senior', 'staff']).optional(),
    plan: z.array(loopStepSchema).min(1).max(MAX_LOOP_STEPS).optional(),
    minutesScale: z.number().positive().max(10).optional(),
  })
  .strict();

export type LoopOptions = z.infer<typeof loopOptionsSchema>;

/** Validates a script's options; the error names the first problems. */
export function parseLoopOptions(raw: unknown): { ok: true; options: LoopOptions } | { ok: false; error: string } {
  const parsed = loopOptionsSchema.safeParse(raw ?? {});
  if (parsed.success) return { ok: true, options: parsed.data };
  return {
    ok: false,
    error: parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || 'options'}: ${i.message}`)
      .join('; '),
  };
}

/** A problem as picking needs it. */
export interface PickableProblem {
  readonly id: string;
  readonly round: Round;
  readonly kind: ProblemKind;
}

/** An attempt as picking needs it. */
export interface PickHistory {
  readonly problemId: string;
  readonly startedAt: string;
  readonly verdict: 'pass' | 'fail' | 'incomplete';
  readonly score: number;
}

/**
 * Picks a problem for every step without one: a problem of the step's round, not already in
 * the loop; unsolved before solved, never attempted before attempted, nothing seen in the last
 * 14 days when another problem of the round is left, then the lowest best score; `random`
 * breaks the remaining ties. Throws when a round has no problem at all.
 *
 * An explain-it step (`cards: n`) takes n explain-it cards: the ones due for review first (in
 * `dueCards` order), then by the same rules; any other step never takes a card.
 */
export function pickProblems(
  plan: readonly LoopStep[],
  problems: readonly PickableProblem[],
  history: readonly PickHistory[],
  now: number,
  random: () => number = Math.random,
  dueCards: readonly string[] = [],
): PlannedStep[] {
  const recentSince = now - LOOP_PICK_RECENT_DAYS * 86_400_000;
  const info = new Map<string, { solved: boolean; attempted: boolean; recent: boolean; best: number }>();
  for (const a of history) {
    const i = info.get(a.problemId) ?? { solved: false, attempted: false, recent: false, best: 0 };
    i.attempted = true;
    if (a.verdict === 'pass') i.solved = true;
    if (Date.parse(a.startedAt) >= recentSince) i.recent = true;
    i.best = Math.max(i.best, a.score);
    info.set(a.problemId, i);
  }
  const taken = new Set(plan.map((s) => s.problemId).filter((id): id is string => id !== undefined));
  const tie = new Map(problems.map((p) => [p.id, random()]));
  const dueRank = new Map(dueCards.map((id, i) => [id, i]));
  const key = (p: PickableProblem): number[] => {
    const i = info.get(p.id);
    const due = dueRank.get(p.id);
    return [due ?? dueCards.length, i?.recent ? 1 : 0, i?.solved ? 1 : 0, i?.attempted ? 1 : 0, i?.best ?? 0, tie.get(p.id) ?? 0];
  };
  const ranked = (round: Round, cards: boolean): PickableProblem[] =>
    problems
      .filter((p) => p.round === round && (p.kind === 'concept') === cards && !taken.has(p.id))
      .map((p) => ({ p, k: key(p) }))
      .sort((a, b) => compareKeys(a.k, b.k) || (a.p.id < b.p.id ? -1 : 1))
      .map((x) => x.p);
  return plan.map((step) => {
    if (step.problemId) return { round: step.round, minutes: step.minutes, problemId: step.problemId };
    if (step.cards) {
      const chosen = ranked(step.round, true).slice(0, step.cards);
      if (!chosen.length) throw new RangeError('no explain-it card left for the cards round');
      for (const c of chosen) taken.add(c.id);
      return { round: step.round, minutes: step.minutes, problemId: chosen[0]!.id, cards: chosen.map((c) => c.id) };
    }
    const chosen = ranked(step.round, false)[0];
    if (!chosen) throw new RangeError(`no problem left for the ${step.round} round`);
    taken.add(chosen.id);
    return { round: step.round, minutes: step.minutes, problemId: chosen.id };
  });
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The other problems a step could take instead of its pick (for the swap before the start). */
export function swapCandidates(step: PlannedStep, plan: readonly PlannedStep[], problems: readonly PickableProblem[]): PickableProblem[] {
  if (step.cards) return [];
  const taken = new Set(plan.flatMap((s) => s.cards ?? [s.problemId]));
  return problems.filter((p) => p.round === step.round && p.kind !== 'concept' && !taken.has(p.id));
}

/** The component a step trains (for the debrief's ratings). */
export function stepComponent(step: Pick<LoopStep, 'round'>): (typeof ROUND_COMPONENT)[Round] {
  return ROUND_COMPONENT[step.round];
}
