/**
 * The spaced review queue, scheduled by FSRS (the `ts-fsrs` library): problems that went wrong
 * and explain-it cards come back when their memory is predicted to fade.
 *
 * What enters the queue:
 * - a problem with its first finished attempt that was not a clean solve (failed, solved with
 *   hints, solved over time). A problem only ever solved cleanly never enters it.
 * - an explain-it card with its first self-grade.
 *
 * Every later finished attempt of an entered item is one FSRS review, in order of end time:
 *
 *     problem attempt                         card self-grade      FSRS rating
 *     failed (or ended with nothing passed)   again                Again
 *     solved with hints / over time           hard                 Hard
 *     clean solve                             good                 Good
 *     —                                       easy                 Easy
 *
 * FSRS runs without fuzz (the same history always gives the same dates) and without same-day
 * learning steps (a review is due on a later day: 1 day after Again on a new item, 2 after
 * Hard, 3 after Good, 8 after Easy; then by stability and difficulty, at most 180 days).
 *
 * The state before FSRS: the hand-written schedule of earlier versions (`legacyReview.ts`) is
 * converted once into FSRS cards (`migrateLegacySchedule`, keeping each due date exactly) and
 * stored with the time of the migration (`reviewState.ts`). Attempts that ended after that time
 * are applied to the stored cards; earlier ones are already in them.
 */
import { type Card, type Grade, Rating, State, createEmptyCard, fsrs, generatorParameters } from 'ts-fsrs';
import { z } from 'zod';
import type { AttemptSummary } from './model';
import { reviewSchedule as legacySchedule, MAX_EASE, MIN_EASE } from './legacyReview';

export const MAX_INTERVAL_DAYS = 180;
const DAY_MS = 86_400_000;

const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false, maximum_interval: MAX_INTERVAL_DAYS }));

/** Why an item is in the queue: its latest review (`review` = a clean solve; `card` = a graded card). */
export type ReviewReason = 'failed' | 'solved-with-hints' | 'solved-over-time' | 'review' | 'card';

export type ReviewAttempt = Pick<AttemptSummary, 'id' | 'problemId' | 'verdict' | 'hintsUsed' | 'overtime' | 'startedAt' | 'endedAt'> &
  Partial<Pick<AttemptSummary, 'kind' | 'selfRating'>>;

export const REVIEW_STATES = ['new', 'learning', 'review', 'relearning'] as const;
const STATE_OF: Readonly<Record<State, (typeof REVIEW_STATES)[number]>> = { [State.New]: 'new', [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' };
const STATE_FROM: Readonly<Record<(typeof REVIEW_STATES)[number], State>> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

const isoTime = z.iso.datetime({ offset: true });

/** One item's FSRS card as stored (JSON): what `ts-fsrs` needs plus the latest attempt. */
export const storedCardSchema = z.strictObject({
  due: isoTime,
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  scheduledDays: z.number().min(0),
  learningSteps: z.int().min(0),
  reps: z.int().min(0),
  lapses: z.int().min(0),
  state: z.enum(REVIEW_STATES),
  lastReview: isoTime.nullable(),
  reason: z.enum(['failed', 'solved-with-hints', 'solved-over-time', 'review', 'card']),
  lastAttemptId: z.string().min(1),
});
export type StoredCard = z.infer<typeof storedCardSchema>;

export interface ReviewEntry {
  readonly problemId: string;
  /** When the next review is due (ISO 8601, UTC). */
  readonly dueAt: string;
  readonly reason: ReviewReason;
  /** Days between the latest review and the due date. */
  readonly intervalDays: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: (typeof REVIEW_STATES)[number];
  readonly lastAttemptId: string;
  readonly lastAttemptAt: string;
}

export interface DueReview extends ReviewEntry {
  /** Whole days past the due time (0 on the day it falls due). */
  readonly overdueDays: number;
}

/** What the schedule starts from: cards migrated from the earlier schedule, and when. */
export interface ReviewBaseline {
  /** Attempts that ended at or before this time are already in `cards`. */
  readonly migratedAt: string;
  readonly cards: Readonly<Record<string, StoredCard>>;
}

/** How a problem attempt went, for the schedule. */
export type ReviewOutcome = 'failed' | 'hints' | 'overtime' | 'clean';

export function reviewOutcome(a: Pick<ReviewAttempt, 'verdict' | 'hintsUsed' | 'overtime'>): ReviewOutcome {
  if (a.verdict !== 'pass') return 'failed';
  if (a.hintsUsed > 0) return 'hints';
  if (a.overtime) return 'overtime';
  return 'clean';
}

const OUTCOME_RATING: Readonly<Record<ReviewOutcome, Grade>> = { failed: Rating.Again, hints: Rating.Hard, overtime: Rating.Hard, clean: Rating.Good };
const OUTCOME_REASON: Readonly<Record<ReviewOutcome, ReviewReason>> = { failed: 'failed', hints: 'solved-with-hints', overtime: 'solved-over-time', clean: 'review' };

/**
 * The FSRS rating of an attempt, or undefined when it is no review: a card attempt without a
 * self-grade (1 again … 4 easy).
 */
export function reviewRating(a: ReviewAttempt): { rating: Grade; reason: ReviewReason } | undefined {
  if (a.kind === 'concept') {
    const g = a.selfRating;
    if (g === 1 || g === 2 || g === 3 || g === 4) return { rating: g as Grade, reason: 'card' };
    return undefined;
  }
  const outcome = reviewOutcome(a);
  return { rating: OUTCOME_RATING[outcome], reason: OUTCOME_REASON[outcome] };
}

export function toStoredCard(card: Card, reason: ReviewReason, lastAttemptId: string): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_OF[card.state],
    lastReview: card.last_review ? card.last_review.toISOString() : null,
    reason,
    lastAttemptId,
  };
}

export function fromStoredCard(s: StoredCard): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: 0,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: STATE_FROM[s.state],
    ...(s.lastReview ? { last_review: new Date(s.lastReview) } : {}),
  };
}

/** One FSRS review of a card at `at`; the interval never exceeds MAX_INTERVAL_DAYS (ts-fsrs lets Easy pass it by a day or two). */
export function reviewCard(card: Card, at: Date, rating: Grade): Card {
  const next = scheduler.next(card, at, rating).card;
  if (next.scheduled_days <= MAX_INTERVAL_DAYS) return next;
  return { ...next, scheduled_days: MAX_INTERVAL_DAYS, due: new Date(at.getTime() + MAX_INTERVAL_DAYS * DAY_MS) };
}

function finishedInOrder(attempts: readonly ReviewAttempt[], afterMs: number): { a: ReviewAttempt; t: number }[] {
  return attempts
    .filter((a) => a.endedAt !== null)
    .map((a) => ({ a, t: Date.parse(a.endedAt ?? a.startedAt) }))
    .filter((x) => !Number.isNaN(x.t) && x.t > afterMs)
    .sort((x, y) => x.t - y.t || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0));
}

/**
 * The FSRS card of every item in the queue: the baseline's cards, then every finished attempt
 * that ended after the baseline, in order.
 */
export function reviewCards(attempts: readonly ReviewAttempt[], baseline?: ReviewBaseline, cache?: ReviewCache): Map<string, StoredCard> {
  const cards = new Map<string, StoredCard>(Object.entries(baseline?.cards ?? {}));
  const after = baseline ? Date.parse(baseline.migratedAt) : -Infinity;
  // The reviews of each item, in order; an item whose reviews did not change reuses its card.
  const reviews = new Map<string, { t: number; id: string; rating: Grade; reason: ReviewReason }[]>();
  for (const { a, t } of finishedInOrder(attempts, after)) {
    const r = reviewRating(a);
    if (!r) continue;
    let list = reviews.get(a.problemId);
    if (!list) reviews.set(a.problemId, (list = []));
    list.push({ t, id: a.id, ...r });
  }
  const tag = baseline ? baseline.migratedAt : '';
  for (const [problemId, list] of reviews) {
    const key = `${tag}|${list.map((r) => `${r.id}:${r.t}:${r.rating}`).join(',')}`;
    const hit = cache?.get(problemId);
    if (hit && hit.key === key) {
      if (hit.card) cards.set(problemId, hit.card);
      continue;
    }
    let stored = cards.get(problemId);
    for (const r of list) {
      // A problem enters with its first attempt that was not clean; a card with its first grade.
      if (!stored && r.reason === 'review') continue;
      const card = stored ? fromStoredCard(stored) : createEmptyCard(new Date(r.t));
      stored = toStoredCard(reviewCard(card, new Date(r.t), r.rating), r.reason, r.id);
    }
    if (stored) cards.set(problemId, stored);
    cache?.set(problemId, { key, card: stored });
  }
  return cards;
}

/** Each item's card by the reviews it was computed from: a refresh recomputes only what changed. */
export type ReviewCache = Map<string, { key: string; card: StoredCard | undefined }>;

function entryOf(problemId: string, s: StoredCard): ReviewEntry {
  const last = s.lastReview ?? s.due;
  return {
    problemId,
    dueAt: s.due,
    reason: s.reason,
    intervalDays: Math.round(((Date.parse(s.due) - Date.parse(last)) / DAY_MS) * 100) / 100,
    stability: s.stability,
    difficulty: s.difficulty,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    lastAttemptId: s.lastAttemptId,
    lastAttemptAt: last,
  };
}

const byDue = (x: ReviewEntry, y: ReviewEntry): number => (x.dueAt < y.dueAt ? -1 : x.dueAt > y.dueAt ? 1 : x.problemId < y.problemId ? -1 : x.problemId > y.problemId ? 1 : 0);

/** The schedule of every item in the queue, due or not, soonest first (then by id). */
export function reviewSchedule(attempts: readonly ReviewAttempt[], baseline?: ReviewBaseline, cache?: ReviewCache): ReviewEntry[] {
  return [...reviewCards(attempts, baseline, cache)].map(([id, s]) => entryOf(id, s)).sort(byDue);
}

/** Items due at `now`, most overdue first (then by id). */
export function dueReviews(attempts: readonly ReviewAttempt[], now: Date, baseline?: ReviewBaseline): DueReview[] {
  return dueOf(reviewSchedule(attempts, baseline), now);
}

/** The entries of a schedule that are due at `now`, with how overdue they are. */
export function dueOf(schedule: readonly ReviewEntry[], now: Date): DueReview[] {
  const nowMs = now.getTime();
  const out: DueReview[] = [];
  for (const e of schedule) {
    const due = Date.parse(e.dueAt);
    if (due > nowMs) continue;
    out.push({ ...e, overdueDays: Math.floor((nowMs - due) / DAY_MS) });
  }
  return out;
}

/**
 * Converts the schedule of earlier versions (interval, ease, clean solves in a row), as it stood
 * at `now`, into FSRS cards: the due date is kept exactly; stability is the interval (FSRS sets
 * an interval equal to stability at 90 % retention); difficulty follows ease (3.0 → 1, 1.3 →
 * 10); clean solves in a row count as reviews; an item whose latest attempt was not clean is
 * relearning.
 */
export function migrateLegacySchedule(attempts: readonly ReviewAttempt[], now: Date): ReviewBaseline {
  const nowMs = now.getTime();
  const before = attempts.filter((a) => a.endedAt !== null && Date.parse(a.endedAt) <= nowMs && a.kind !== 'concept');
  const cards: Record<string, StoredCard> = {};
  for (const e of legacySchedule(before)) {
    const difficulty = Math.min(10, Math.max(1, 1 + ((MAX_EASE - e.ease) / (MAX_EASE - MIN_EASE)) * 9));
    cards[e.problemId] = {
      due: e.dueAt,
      stability: Math.max(0.1, e.intervalDays),
      difficulty: Math.round(difficulty * 1000) / 1000,
      scheduledDays: e.intervalDays,
      learningSteps: 0,
      reps: e.cleanSolvesInRow + 1,
      lapses: 0,
      state: e.reason === 'review' ? 'review' : 'relearning',
      lastReview: e.lastAttemptAt,
      reason: e.reason,
      lastAttemptId: e.lastAttemptId,
    };
  }
  return { migratedAt: now.toISOString(), cards };
}
