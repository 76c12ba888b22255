/**
 * The derived fields of an attempt (verdict, passed/total, score, hints used, overtime), as
 * pure functions of the recorded facts. `HistoryStore.save` applies `withOutcome`, so a stored
 * record is always consistent with its runs, hints and times.
 *
 * Score (0–100, an integer):
 *
 *     base     = 100 × passed / total of the best Submit   (0 without a Submit or tests)
 *     hints    = Σ HINT_PENALTY_POINTS[level] over revealed hints, at most MAX_HINT_PENALTY
 *                (concept 5, approach 10, pitfall 15: the whole ladder costs 30)
 *     overtime = OVERTIME_POINTS_PER_BUDGET × overtimeMs / budgetMs, at most MAX_OVERTIME_PENALTY
 *                (1 point per 2 % of the budget over; 0 for untimed attempts)
 *     score    = max(0, round(base − hints − overtime))
 *
 * The best Submit is the one with the highest passed/total; among equals the later one.
 */
import type { AttemptRunInput, AttemptVerdict } from './model';
import type { CardGrade, HintLevel } from '../vocabulary';

export const HINT_PENALTY_POINTS: Readonly<Record<HintLevel, number>> = { concept: 5, approach: 10, pitfall: 15 };
export const MAX_HINT_PENALTY = 30;
export const OVERTIME_POINTS_PER_BUDGET = 50;
export const MAX_OVERTIME_PENALTY = 30;

type RunFacts = Pick<AttemptRunInput, 'kind' | 'verdict' | 'passed' | 'total'>;

/** A Submit that passed every test (there was at least one test). */
export function isFullPass(run: RunFacts): boolean {
  return run.kind === 'submit' && run.verdict === 'pass' && run.total > 0 && run.passed === run.total;
}

/**
 * `pass` once a Submit passed every test; `fail` when there are Submits and none passed them
 * all; `incomplete` when nothing was submitted (Runs of the visible examples do not count).
 */
export function computeVerdict(runs: readonly RunFacts[]): AttemptVerdict {
  let submitted = false;
  for (const run of runs) {
    if (run.kind !== 'submit') continue;
    if (isFullPass(run)) return 'pass';
    submitted = true;
  }
  return submitted ? 'fail' : 'incomplete';
}

/** The Submit with the highest pass fraction (the later one among equals); undefined without Submits. */
export function bestSubmit<R extends RunFacts>(runs: readonly R[]): R | undefined {
  let best: R | undefined;
  let bestFraction = -1;
  for (const run of runs) {
    if (run.kind !== 'submit') continue;
    const fraction = run.total > 0 ? run.passed / run.total : 0;
    if (fraction >= bestFraction) {
      best = run;
      bestFraction = fraction;
    }
  }
  return best;
}

export function hintPenalty(hints: readonly { level: HintLevel }[]): number {
  let sum = 0;
  for (const h of hints) sum += HINT_PENALTY_POINTS[h.level];
  return Math.min(MAX_HINT_PENALTY, sum);
}

/** Overtime in ms: time used beyond the budget; 0 when untimed (budget 0) or within budget. */
export function overtimeMs(budgetMs: number, timeUsedMs: number): number {
  return budgetMs > 0 ? Math.max(0, timeUsedMs - budgetMs) : 0;
}

export function overtimePenalty(budgetMs: number, timeUsedMs: number): number {
  const over = overtimeMs(budgetMs, timeUsedMs);
  if (over === 0) return 0;
  return Math.min(MAX_OVERTIME_PENALTY, (OVERTIME_POINTS_PER_BUDGET * over) / budgetMs);
}

export interface ScoreFacts {
  /** An explain-it card's result: the outcome follows the ticked key points and the grade. */
  readonly card?: { readonly keyPoints: number; readonly ticked: readonly number[]; readonly grade: CardGrade } | undefined;
  readonly runs: readonly RunFacts[];
  readonly hints: readonly { level: HintLevel }[];
  readonly budgetMs: number;
  readonly timeUsedMs: number;
}

export function computeScore(facts: ScoreFacts): number {
  const best = bestSubmit(facts.runs);
  const base = best && best.total > 0 ? (100 * best.passed) / best.total : 0;
  const score = base - hintPenalty(facts.hints) - overtimePenalty(facts.budgetMs, facts.timeUsedMs);
  return Math.max(0, Math.round(score));
}

export interface Outcome {
  readonly verdict: AttemptVerdict;
  /** passed/total of the best Submit; 0/0 without a Submit. */
  readonly passed: number;
  readonly total: number;
  readonly score: number;
  readonly hintsUsed: number;
  readonly overtime: boolean;
  readonly overtimeMs: number;
}

export function computeOutcome(facts: ScoreFacts): Outcome {
  const over = overtimeMs(facts.budgetMs, facts.timeUsedMs);
  if (facts.card) {
    const { keyPoints, ticked, grade } = facts.card;
    const passed = Math.min(ticked.length, keyPoints);
    return {
      verdict: grade === 'good' || grade === 'easy' ? 'pass' : 'fail',
      passed,
      total: keyPoints,
      score: keyPoints > 0 ? Math.round((100 * passed) / keyPoints) : 0,
      hintsUsed: facts.hints.length,
      overtime: over > 0,
      overtimeMs: over,
    };
  }
  const best = bestSubmit(facts.runs);
  return {
    verdict: computeVerdict(facts.runs),
    passed: best?.passed ?? 0,
    total: best?.total ?? 0,
    score: computeScore(facts),
    hintsUsed: facts.hints.length,
    overtime: over > 0,
    overtimeMs: over,
  };
}

/** The attempt with its derived fields (`Outcome`) recomputed from its runs, hints and times. */
export function withOutcome<A extends ScoreFacts>(attempt: A): Omit<A, keyof Outcome> & Outcome {
  return { ...attempt, ...computeOutcome(attempt) };
}
