/**
 * The schedule of earlier versions, kept to convert its state into FSRS cards once
 * (`migrateLegacySchedule` in review.ts). It schedules nothing any more.
 *
 * The spaced review queue: problems that went wrong come back, less and less often as they
 * are solved cleanly again. (The rule is also described for users in docs/review-schedule.md.)
 *
 * A problem ENTERS the queue with its first finished attempt that was not a clean solve:
 *
 *     failed           Submits, none passed every test, or it ended with nothing submitted
 *     hints            solved, with at least one hint revealed
 *     overtime         solved, after the time budget
 *
 * A clean solve is a pass with no hints and no overtime. Clean solves before a problem enters
 * the queue do not matter; a problem that was only ever solved cleanly never enters it.
 *
 * From then on every finished attempt of the problem, in order of its end time, updates the
 * problem's schedule, an SM-2-like triple (interval in days, ease, clean solves in a row):
 *
 *     outcome      interval                                     ease              clean in a row
 *     failed       1 day                                        ease − 0.20       0
 *     hints /      2 days                                       ease − 0.15       0
 *     overtime
 *     clean        1st: 3 days, 2nd: 7 days,                    ease + 0.10       +1
 *                  then round(previous interval × ease)
 *
 * Ease starts at 2.5 and stays within [1.3, 3.0]; an interval never exceeds 180 days. The next
 * review is due `interval` days after the end of the latest attempt. Every attempt counts,
 * also one made before the review was due. Attempts still running are ignored.
 *
 * Example: fail (due in 1 d, ease 2.3) → clean (3 d, 2.4) → clean (7 d, 2.5) → clean
 * (7 × 2.5 ≈ 18 d, 2.6) → clean (18 × 2.6 ≈ 47 d, 2.7) …; a failure in between starts the
 * climb again, with a lower ease.
 */
import type { AttemptSummary } from './model';

export const INITIAL_EASE = 2.5;
export const MIN_EASE = 1.3;
export const MAX_EASE = 3.0;
export const MAX_INTERVAL_DAYS = 180;
const DAY_MS = 86_400_000;

/** Why the problem is due: the outcome of its latest attempt (`review` = it was clean; a spaced check). */
export type ReviewReason = 'failed' | 'solved-with-hints' | 'solved-over-time' | 'review';

export type ReviewAttempt = Pick<AttemptSummary, 'id' | 'problemId' | 'verdict' | 'hintsUsed' | 'overtime' | 'startedAt' | 'endedAt'>;

export interface ReviewEntry {
  readonly problemId: string;
  /** When the next review is due (ISO 8601, UTC). */
  readonly dueAt: string;
  readonly reason: ReviewReason;
  readonly intervalDays: number;
  readonly ease: number;
  readonly cleanSolvesInRow: number;
  readonly lastAttemptId: string;
  readonly lastAttemptAt: string;
}

export interface DueReview extends ReviewEntry {
  /** Whole days past the due time (0 on the day it falls due). */
  readonly overdueDays: number;
}

/** How an attempt went, for the schedule. */
export type ReviewOutcome = 'failed' | 'hints' | 'overtime' | 'clean';

export function reviewOutcome(a: Pick<ReviewAttempt, 'verdict' | 'hintsUsed' | 'overtime'>): ReviewOutcome {
  if (a.verdict !== 'pass') return 'failed';
  if (a.hintsUsed > 0) return 'hints';
  if (a.overtime) return 'overtime';
  return 'clean';
}

const REASON: Readonly<Record<ReviewOutcome, ReviewReason>> = { failed: 'failed', hints: 'solved-with-hints', overtime: 'solved-over-time', clean: 'review' };

interface State {
  interval: number;
  ease: number;
  clean: number;
  last: ReviewAttempt;
  lastMs: number;
}

const clampEase = (e: number): number => Math.min(MAX_EASE, Math.max(MIN_EASE, Math.round(e * 100) / 100));

/** Applies one attempt's outcome to a schedule (the table in the file comment). */
export function nextSchedule(
  previous: { readonly intervalDays: number; readonly ease: number; readonly cleanSolvesInRow: number },
  outcome: ReviewOutcome,
): { intervalDays: number; ease: number; cleanSolvesInRow: number } {
  switch (outcome) {
    case 'failed':
      return { intervalDays: 1, ease: clampEase(previous.ease - 0.2), cleanSolvesInRow: 0 };
    case 'hints':
    case 'overtime':
      return { intervalDays: 2, ease: clampEase(previous.ease - 0.15), cleanSolvesInRow: 0 };
    case 'clean': {
      const clean = previous.cleanSolvesInRow + 1;
      const interval = clean === 1 ? 3 : clean === 2 ? 7 : Math.round(previous.intervalDays * previous.ease);
      return { intervalDays: Math.min(MAX_INTERVAL_DAYS, interval), ease: clampEase(previous.ease + 0.1), cleanSolvesInRow: clean };
    }
  }
}

/** The schedule of every problem in the queue, due or not, soonest first (then by problem id). */
export function reviewSchedule(attempts: readonly ReviewAttempt[]): ReviewEntry[] {
  const finished = attempts
    .filter((a) => a.endedAt !== null)
    .map((a) => ({ a, t: Date.parse(a.endedAt ?? a.startedAt) }))
    .filter((x) => !Number.isNaN(x.t))
    .sort((x, y) => x.t - y.t || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0));
  const states = new Map<string, State>();
  for (const { a, t } of finished) {
    const outcome = reviewOutcome(a);
    const state = states.get(a.problemId);
    if (!state) {
      if (outcome === 'clean') continue;
      const next = nextSchedule({ intervalDays: 0, ease: INITIAL_EASE, cleanSolvesInRow: 0 }, outcome);
      states.set(a.problemId, { interval: next.intervalDays, ease: next.ease, clean: next.cleanSolvesInRow, last: a, lastMs: t });
      continue;
    }
    const next = nextSchedule({ intervalDays: state.interval, ease: state.ease, cleanSolvesInRow: state.clean }, outcome);
    states.set(a.problemId, { interval: next.intervalDays, ease: next.ease, clean: next.cleanSolvesInRow, last: a, lastMs: t });
  }
  const entries: ReviewEntry[] = [];
  for (const [problemId, s] of states) {
    entries.push({
      problemId,
      dueAt: new Date(s.lastMs + s.interval * DAY_MS).toISOString(),
      reason: REASON[reviewOutcome(s.last)],
      intervalDays: s.interval,
      ease: s.ease,
      cleanSolvesInRow: s.clean,
      lastAttemptId: s.last.id,
      lastAttemptAt: new Date(s.lastMs).toISOString(),
    });
  }
  return entries.sort((x, y) => (x.dueAt < y.dueAt ? -1 : x.dueAt > y.dueAt ? 1 : x.problemId < y.problemId ? -1 : x.problemId > y.problemId ? 1 : 0));
}

/** Problems due for review at `now`, most overdue first (then by problem id). */
export function dueReviews(attempts: readonly ReviewAttempt[], now: Date): DueReview[] {
  const nowMs = now.getTime();
  const out: DueReview[] = [];
  for (const e of reviewSchedule(attempts)) {
    const due = Date.parse(e.dueAt);
    if (due > nowMs) continue;
    out.push({ ...e, overdueDays: Math.floor((nowMs - due) / DAY_MS) });
  }
  return out;
}
