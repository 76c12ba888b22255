/**
 * Progress statistics over the attempt history, as pure functions of attempt summaries and an
 * injected "now" (and UTC offset), for the Progress panel, the Problems tree and the
 * "weakest area" pick.
 *
 * Which attempts count:
 * - Scores, solve rates, times and ratings use finished attempts only (`endedAt` set); an
 *   attempt still running has no outcome yet. An attempt that ended without a Submit counts
 *   as attempted and not solved, with score 0.
 * - Streaks count every attempt, finished or not, on the local day it started.
 * - The weekly trend counts finished attempts in the ISO week (local time) they started.
 */
import type { UtcOffset } from './calendar';
import { dayToIsoDate, hostUtcOffset, isoWeekLabel, isoWeekStart, localDay } from './calendar';
import type { AttemptSummary, AttemptVerdict } from './model';
import { ROUNDS, type Round } from '../vocabulary';

/** The fields the statistics read; both `AttemptSummary` and `Attempt` have them. */
export interface StatsAttempt {
  readonly problemId: string;
  readonly round: Round;
  readonly verdict: AttemptVerdict;
  readonly score: number;
  readonly timeUsedMs: number;
  readonly budgetMs: number;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly selfRating?: number | null | undefined;
}

export interface StatsOptions {
  readonly now: Date;
  /** Local time minus UTC in minutes, fixed or per instant; default: the host's zone. */
  readonly utcOffset?: UtcOffset;
  /** Weeks in the trend, ending with the current week; default 12. */
  readonly weeks?: number;
  /** Attempts a practised round needs before it can be called the weakest; default 3. */
  readonly minAttemptsForWeakest?: number;
  /** Rounds the catalogue offers (a round without problems is never suggested); default all. */
  readonly rounds?: readonly Round[];
}

export const DEFAULT_TREND_WEEKS = 12;
export const DEFAULT_MIN_ATTEMPTS_FOR_WEAKEST = 3;

export interface RoundStats {
  readonly round: Round;
  /** Finished attempts. */
  readonly attempts: number;
  readonly solved: number;
  /** solved / attempts; null without attempts (as are the other averages). */
  readonly solveRate: number | null;
  readonly averageScore: number | null;
  readonly averageTimeUsedMs: number | null;
  /** Over timed attempts (budget > 0) only, like `timeUsedOfBudget`. */
  readonly averageBudgetMs: number | null;
  /** Mean of timeUsed / budget over timed attempts: 0.8 = 80 % of the budget used on average. */
  readonly timeUsedOfBudget: number | null;
  readonly ratedAttempts: number;
  /** Self-assessment: mean self-rating (1–4) of the rated attempts. */
  readonly averageSelfRating: number | null;
}

export interface WeekStats {
  /** ISO week, e.g. `2025-W07`. */
  readonly week: string;
  /** Its Monday, `YYYY-MM-DD` (local). */
  readonly start: string;
  readonly attempts: number;
  readonly solved: number;
  readonly solveRate: number | null;
  readonly averageScore: number | null;
}

export interface WeakestRound {
  readonly round: Round;
  readonly reason: 'lowest-score' | 'never-practised';
  readonly attempts: number;
  /** null for a round never practised. */
  readonly averageScore: number | null;
}

export interface Streak {
  /** Consecutive local days with at least one attempt, ending today or yesterday; 0 otherwise. */
  readonly days: number;
  /** The last day of the current streak (`YYYY-MM-DD`), null when `days` is 0. */
  readonly lastDay: string | null;
  /** Whether today already has an attempt (false: practise today to keep the streak). */
  readonly includesToday: boolean;
  readonly longest: number;
}

export interface HistoryStats {
  readonly overall: RoundStatsTotals;
  readonly rounds: Readonly<Record<Round, RoundStats>>;
  readonly trend: readonly WeekStats[];
  readonly weakest: WeakestRound | null;
  readonly streak: Streak;
}

export type RoundStatsTotals = Omit<RoundStats, 'round'>;

const isFinished = (a: StatsAttempt): boolean => a.endedAt !== null;

interface Acc {
  attempts: number;
  solved: number;
  scoreSum: number;
  timeSum: number;
  timedCount: number;
  budgetSum: number;
  ratioSum: number;
  rated: number;
  ratingSum: number;
}

const newAcc = (): Acc => ({ attempts: 0, solved: 0, scoreSum: 0, timeSum: 0, timedCount: 0, budgetSum: 0, ratioSum: 0, rated: 0, ratingSum: 0 });

function add(acc: Acc, a: StatsAttempt): void {
  acc.attempts++;
  if (a.verdict === 'pass') acc.solved++;
  acc.scoreSum += a.score;
  acc.timeSum += a.timeUsedMs;
  if (a.budgetMs > 0) {
    acc.timedCount++;
    acc.budgetSum += a.budgetMs;
    acc.ratioSum += a.timeUsedMs / a.budgetMs;
  }
  if (typeof a.selfRating === 'number') {
    acc.rated++;
    acc.ratingSum += a.selfRating;
  }
}

function totals(acc: Acc): RoundStatsTotals {
  const per = (sum: number, n: number): number | null => (n > 0 ? sum / n : null);
  return {
    attempts: acc.attempts,
    solved: acc.solved,
    solveRate: per(acc.solved, acc.attempts),
    averageScore: per(acc.scoreSum, acc.attempts),
    averageTimeUsedMs: per(acc.timeSum, acc.attempts),
    averageBudgetMs: per(acc.budgetSum, acc.timedCount),
    timeUsedOfBudget: per(acc.ratioSum, acc.timedCount),
    ratedAttempts: acc.rated,
    averageSelfRating: per(acc.ratingSum, acc.rated),
  };
}

/** Per-round figures (every round present, zeros and nulls for rounds never practised). */
export function roundStats(attempts: readonly StatsAttempt[]): Readonly<Record<Round, RoundStats>> {
  const accs = new Map<Round, Acc>(ROUNDS.map((r) => [r, newAcc()]));
  for (const a of attempts) {
    if (!isFinished(a)) continue;
    const acc = accs.get(a.round);
    if (acc) add(acc, a);
  }
  const out = {} as Record<Round, RoundStats>;
  for (const r of ROUNDS) out[r] = { round: r, ...totals(accs.get(r) ?? newAcc()) };
  return out;
}

/** Figures over every finished attempt. */
export function overallStats(attempts: readonly StatsAttempt[]): RoundStatsTotals {
  const acc = newAcc();
  for (const a of attempts) if (isFinished(a)) add(acc, a);
  return totals(acc);
}

/** Self-assessment: the mean self-rating (1–4) per round, null where nothing was rated. */
export function selfAssessment(attempts: readonly StatsAttempt[]): Readonly<Record<Round, { readonly ratedAttempts: number; readonly averageSelfRating: number | null }>> {
  const stats = roundStats(attempts);
  const out = {} as Record<Round, { ratedAttempts: number; averageSelfRating: number | null }>;
  for (const r of ROUNDS) out[r] = { ratedAttempts: stats[r].ratedAttempts, averageSelfRating: stats[r].averageSelfRating };
  return out;
}

/**
 * Finished attempts per ISO week (local time), for the `weeks` weeks ending with the week of
 * `now`, oldest first; weeks without attempts are included (with null rates).
 */
export function weeklyTrend(attempts: readonly StatsAttempt[], options: Pick<StatsOptions, 'now' | 'utcOffset' | 'weeks'>): WeekStats[] {
  const offset = options.utcOffset ?? hostUtcOffset;
  const weeks = Math.max(1, Math.floor(options.weeks ?? DEFAULT_TREND_WEEKS));
  const lastMonday = isoWeekStart(localDay(options.now.getTime(), offset));
  const firstMonday = lastMonday - 7 * (weeks - 1);
  const accs = Array.from({ length: weeks }, newAcc);
  for (const a of attempts) {
    if (!isFinished(a)) continue;
    const t = Date.parse(a.startedAt);
    if (Number.isNaN(t)) continue;
    const slot = Math.floor((localDay(t, offset) - firstMonday) / 7);
    const acc = accs[slot];
    if (acc) add(acc, a);
  }
  return accs.map((acc, i) => {
    const monday = firstMonday + 7 * i;
    const t = totals(acc);
    return { week: isoWeekLabel(monday), start: dayToIsoDate(monday), attempts: t.attempts, solved: t.solved, solveRate: t.solveRate, averageScore: t.averageScore };
  });
}

/**
 * The round to practise next.
 *
 * Rule: with no finished attempt at all there is no weakest round (null). Otherwise the
 * candidates are (a) every offered round with at least `minAttemptsForWeakest` finished
 * attempts, at its average score, and (b) every offered round never practised, at score 0
 * (nothing shown there yet). Rounds with 1 … min−1 attempts are not candidates: too little
 * to judge, and they have been started. The candidate with the lowest score wins; ties go to
 * the lower solve rate, then to fewer attempts (so a never-practised round before a practised
 * one), then to the order of `ROUNDS`.
 */
export function weakestRound(attempts: readonly StatsAttempt[], options: Pick<StatsOptions, 'minAttemptsForWeakest' | 'rounds'> = {}): WeakestRound | null {
  return weakestOf(roundStats(attempts), options);
}

function weakestOf(stats: Readonly<Record<Round, RoundStats>>, options: Pick<StatsOptions, 'minAttemptsForWeakest' | 'rounds'>): WeakestRound | null {
  const min = Math.max(1, options.minAttemptsForWeakest ?? DEFAULT_MIN_ATTEMPTS_FOR_WEAKEST);
  const offered = new Set(options.rounds ?? ROUNDS);
  if (!ROUNDS.some((r) => stats[r].attempts > 0)) return null;
  let best: { w: WeakestRound; score: number; solveRate: number; order: number } | undefined;
  ROUNDS.forEach((round, order) => {
    if (!offered.has(round)) return;
    const s = stats[round];
    let c: { w: WeakestRound; score: number; solveRate: number; order: number };
    if (s.attempts === 0) c = { w: { round, reason: 'never-practised', attempts: 0, averageScore: null }, score: 0, solveRate: 0, order };
    else if (s.attempts >= min) c = { w: { round, reason: 'lowest-score', attempts: s.attempts, averageScore: s.averageScore }, score: s.averageScore ?? 0, solveRate: s.solveRate ?? 0, order };
    else return;
    if (
      !best ||
      c.score < best.score ||
      (c.score === best.score && (c.solveRate < best.solveRate || (c.solveRate === best.solveRate && c.w.attempts < best.w.attempts)))
    ) {
      best = c;
    }
  });
  return best?.w ?? null;
}

/**
 * The practice streak in local days: consecutive days with at least one attempt (started that
 * day), ending today or yesterday — a streak is not lost until a whole day passes without
 * practice. Attempts dated after today (a wrong clock) are ignored.
 */
export function streak(attempts: readonly Pick<StatsAttempt, 'startedAt'>[], options: Pick<StatsOptions, 'now' | 'utcOffset'>): Streak {
  const offset = options.utcOffset ?? hostUtcOffset;
  const today = localDay(options.now.getTime(), offset);
  const days = new Set<number>();
  for (const a of attempts) {
    const t = Date.parse(a.startedAt);
    if (Number.isNaN(t)) continue;
    const d = localDay(t, offset);
    if (d <= today) days.add(d);
  }
  const sorted = [...days].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < sorted.length; i++) {
    run = i > 0 && sorted[i] === (sorted[i - 1] ?? NaN) + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const includesToday = days.has(today);
  let end = includesToday ? today : days.has(today - 1) ? today - 1 : undefined;
  if (end === undefined) return { days: 0, lastDay: null, includesToday: false, longest };
  const lastDay = dayToIsoDate(end);
  let count = 0;
  while (days.has(end)) {
    count++;
    end--;
  }
  return { days: count, lastDay, includesToday, longest };
}

/** Everything the Progress panel shows (one pass over the attempts per figure). */
export function computeStats(attempts: readonly StatsAttempt[], options: StatsOptions): HistoryStats {
  const rounds = roundStats(attempts);
  return {
    overall: overallStats(attempts),
    rounds,
    trend: weeklyTrend(attempts, options),
    weakest: weakestOf(rounds, options),
    streak: streak(attempts, options),
  };
}

export type ProblemStatus = 'solved' | 'attempted' | 'new';

/**
 * Status of every problem that has attempts: `solved` once any attempt passed, `attempted`
 * otherwise (including attempts still running). Problems absent from the map are `new`
 * (see `problemStatus`).
 */
export function problemStatuses(attempts: readonly Pick<AttemptSummary, 'problemId' | 'verdict'>[]): ReadonlyMap<string, 'solved' | 'attempted'> {
  const out = new Map<string, 'solved' | 'attempted'>();
  for (const a of attempts) {
    if (a.verdict === 'pass') out.set(a.problemId, 'solved');
    else if (!out.has(a.problemId)) out.set(a.problemId, 'attempted');
  }
  return out;
}

export function problemStatus(statuses: ReadonlyMap<string, 'solved' | 'attempted'>, problemId: string): ProblemStatus {
  return statuses.get(problemId) ?? 'new';
}
