/**
 * A running mock interview loop as persisted data and a pure state machine on an injected
 * clock. Like the session timer it stores deadlines (epoch ms), never tick counts, so that a
 * window reload or a crash brings back the same round with the same remaining time.
 *
 *     round 1 ──(Submit / time up)──▶ break ──(break over / Continue)──▶ round 2 … ──▶ finished
 *        └───────────────────────────── Abandon ──────────────────────────────────────▶ abandoned
 */
import { z } from 'zod';
import { formatClock } from '../format';
import { CARD_GRADES, ROUNDS, TARGET_LEVELS, type Round, type TargetLevel } from '../vocabulary';
import type { LoopRound } from '../history/loopRecord';
import { BREAK_MINUTES, type PlannedStep } from './loopPlan';

/** Score of a self-grade in an explain-it round (a card not graded counts 0). */
const GRADE_SCORE: Readonly<Record<(typeof CARD_GRADES)[number], number>> = { again: 0, hard: 40, good: 80, easy: 100 };

const stepSchema = z.object({
  round: z.enum(ROUNDS),
  minutes: z.number().positive(),
  problemId: z.string().regex(/^[a-z0-9-]+$/),
  budgetMs: z.number().positive(),
  /** An explain-it round: its cards, shown one after another under the round's clock. */
  cards: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1).max(20).optional(),
});

/** A card graded in an explain-it round. */
export const gradedCardSchema = z.object({
  cardId: z.string().regex(/^[a-z0-9-]+$/),
  attemptId: z.string().nullable(),
  grade: z.enum(CARD_GRADES),
});
export type LoopGradedCard = z.infer<typeof gradedCardSchema>;

const roundEndSchema = z.object({
  attemptId: z.string().nullable(),
  startedAt: z.number(),
  endedAt: z.number(),
  timeUsedMs: z.number().min(0),
  endedBy: z.enum(['submit', 'time', 'abandoned']),
  cards: z.array(gradedCardSchema).optional(),
});

export const loopStateSchema = z.object({
  version: z.literal(1),
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/),
  level: z.enum(TARGET_LEVELS),
  startedAt: z.number(),
  minutesScale: z.number().positive(),
  allowHints: z.boolean(),
  breakMs: z.number().min(0),
  steps: z.array(stepSchema).min(1),
  /** The current step (the one running, or the one the break leads to minus one). */
  index: z.int().min(0),
  phase: z.enum(['round', 'break', 'finished']),
  /** When the current round or break started, and when it is due to end. */
  phaseStartedAt: z.number(),
  deadline: z.number(),
  /** One entry per ended round, in order. */
  ended: z.array(roundEndSchema),
  status: z.enum(['running', 'completed', 'abandoned']),
  endedAt: z.number().nullable(),
  /** The cards graded so far in the running explain-it round (so a reload goes on with the rest). */
  roundCards: z.array(gradedCardSchema).optional(),
});

export type LoopState = z.infer<typeof loopStateSchema>;
export type LoopStepState = z.infer<typeof stepSchema>;
export type RoundEnd = z.infer<typeof roundEndSchema>;

export function parseLoopState(raw: unknown): LoopState | undefined {
  const parsed = loopStateSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const s = parsed.data;
  // The pointers must agree with the lists.
  if (s.index >= s.steps.length || s.ended.length > s.steps.length) return undefined;
  return s;
}

export interface NewLoop {
  id: string;
  level: TargetLevel;
  steps: readonly PlannedStep[];
  minutesScale: number;
  allowHints: boolean;
  now: number;
}

/** A new loop, its first round starting now. */
export function createLoop(n: NewLoop): LoopState {
  const steps = n.steps.map((s) => ({ round: s.round, minutes: s.minutes, problemId: s.problemId, budgetMs: Math.max(1000, Math.round(s.minutes * 60_000 * n.minutesScale)), ...(s.cards ? { cards: [...s.cards] } : {}) }));
  const first = steps[0];
  if (!first) throw new RangeError('a loop needs at least one round');
  return {
    version: 1,
    id: n.id,
    level: n.level,
    startedAt: n.now,
    minutesScale: n.minutesScale,
    allowHints: n.allowHints,
    breakMs: Math.max(1000, Math.round(BREAK_MINUTES * 60_000 * n.minutesScale)),
    steps,
    index: 0,
    phase: 'round',
    phaseStartedAt: n.now,
    deadline: n.now + first.budgetMs,
    ended: [],
    status: 'running',
    endedAt: null,
  };
}

export function currentStep(s: LoopState): LoopStepState {
  return s.steps[s.index]!;
}

/** Ends the current round: a break follows, or the loop is finished after the last round. */
export function endRound(s: LoopState, now: number, end: { attemptId: string | null; timeUsedMs: number; endedBy: 'submit' | 'time'; cards?: readonly LoopGradedCard[] }): LoopState {
  if (s.phase !== 'round' || s.status !== 'running') return s;
  const ended = [...s.ended, { attemptId: end.attemptId, startedAt: s.phaseStartedAt, endedAt: now, timeUsedMs: Math.max(0, Math.round(end.timeUsedMs)), endedBy: end.endedBy, ...(end.cards ? { cards: [...end.cards] } : {}) }];
  const { roundCards: _done, ...rest } = s;
  if (s.index >= s.steps.length - 1) return { ...rest, ended, phase: 'finished', phaseStartedAt: now, deadline: now, status: 'completed', endedAt: now };
  return { ...rest, ended, phase: 'break', phaseStartedAt: now, deadline: now + s.breakMs };
}

/** Starts the round after a break (early or on time). */
export function startNextRound(s: LoopState, now: number): LoopState {
  if (s.phase !== 'break' || s.status !== 'running') return s;
  const index = s.index + 1;
  const step = s.steps[index]!;
  return { ...s, index, phase: 'round', phaseStartedAt: now, deadline: now + step.budgetMs };
}

/** Gives the loop up; the round in progress (if any) is recorded as abandoned. */
export function abandonLoop(s: LoopState, now: number, round?: { attemptId: string | null; timeUsedMs: number; cards?: readonly LoopGradedCard[] }): LoopState {
  if (s.status !== 'running') return s;
  const cards = round?.cards ? { cards: [...round.cards] } : {};
  const ended = s.phase === 'round' ? [...s.ended, { attemptId: round?.attemptId ?? null, startedAt: s.phaseStartedAt, endedAt: now, timeUsedMs: Math.max(0, Math.round(round?.timeUsedMs ?? now - s.phaseStartedAt)), endedBy: 'abandoned' as const, ...cards }] : s.ended;
  const { roundCards: _done, ...rest } = s;
  return { ...rest, ended, phase: 'finished', status: 'abandoned', endedAt: now, deadline: now };
}

/** Moves the deadline of the running round (a hint's cost, a resumed session's own timer). */
export function withRoundDeadline(s: LoopState, deadline: number): LoopState {
  return s.phase === 'round' ? { ...s, deadline } : s;
}

/** What a window that finds this loop at start-up must do. */
export type ResumeAction =
  | { kind: 'continue-round'; remainingMs: number }
  | { kind: 'time-up' }
  | { kind: 'continue-break'; remainingMs: number }
  | { kind: 'start-next' }
  | { kind: 'debrief' };

export function resumeAction(s: LoopState, now: number): ResumeAction {
  if (s.status !== 'running' || s.phase === 'finished') return { kind: 'debrief' };
  const remainingMs = s.deadline - now;
  if (s.phase === 'round') return remainingMs > 0 ? { kind: 'continue-round', remainingMs } : { kind: 'time-up' };
  return remainingMs > 0 ? { kind: 'continue-break', remainingMs } : { kind: 'start-next' };
}

const SHORT_ROUND: Readonly<Record<Round, string>> = {
  coding: 'Coding',
  concepts: 'Concepts',
  metrics: 'Metrics',
  data: 'Data',
  nuances: 'Nuances',
  design: 'Design',
  behavioral: 'Behavioral',
};

export function shortRoundTitle(round: Round): string {
  return SHORT_ROUND[round];
}

/** The loop's timeline at `now`, as the status bar and the panel show it. */
export interface LoopTimeline {
  readonly position: number;
  readonly total: number;
  readonly phase: LoopState['phase'];
  readonly round: Round;
  readonly remainingMs: number;
  /** "Loop 2/4 · Design · 31:20", "Loop 2/4 · Break · 4:10", "Loop 4/4 · Done". */
  readonly label: string;
  readonly steps: readonly { round: Round; problemId: string; budgetMs: number; state: 'done' | 'current' | 'next'; timeUsedMs: number | null }[];
}

/** `roundRemainingMs` is the session timer's (hint costs included) when a session runs the round. */
export function loopTimeline(s: LoopState, now: number, roundRemainingMs?: number): LoopTimeline {
  const step = currentStep(s);
  const total = s.steps.length;
  const position = s.phase === 'break' ? s.index + 2 : s.index + 1;
  const remainingMs = s.phase === 'round' ? (roundRemainingMs ?? s.deadline - now) : s.phase === 'break' ? Math.max(0, s.deadline - now) : 0;
  const label =
    s.phase === 'round'
      ? `Loop ${position}/${total} · ${step.cards ? 'Explain-it' : shortRoundTitle(step.round)} · ${formatClock(remainingMs)}`
      : s.phase === 'break'
        ? `Loop ${s.index + 1}/${total} · Break · ${formatClock(remainingMs)}`
        : `Loop ${total}/${total} · ${s.status === 'abandoned' ? 'Abandoned' : 'Done'}`;
  return {
    position: Math.min(position, total),
    total,
    phase: s.phase,
    round: s.phase === 'break' ? s.steps[s.index + 1]!.round : step.round,
    remainingMs,
    label,
    steps: s.steps.map((st, i) => ({
      round: st.round,
      problemId: st.problemId,
      budgetMs: st.budgetMs,
      state: i < s.ended.length ? 'done' : i === s.index && s.phase === 'round' ? 'current' : 'next',
      timeUsedMs: s.ended[i]?.timeUsedMs ?? null,
    })),
  };
}

/**
 * An explain-it round as the history keeps it: its cards and grades; passed = cards graded good
 * or easy, score = the mean grade score (a card left ungraded counts 0), a pass when every card
 * was graded and at least 60 % were good or easy.
 */
export function cardsRound(step: LoopStepState, e: RoundEnd): LoopRound {
  const ids = step.cards ?? [];
  const graded = e.cards ?? [];
  const good = graded.filter((g) => g.grade === 'good' || g.grade === 'easy').length;
  const score = ids.length ? Math.round(graded.reduce((n, g) => n + GRADE_SCORE[g.grade], 0) / ids.length) : 0;
  const verdict = graded.length < ids.length ? 'incomplete' : good >= 0.6 * ids.length ? 'pass' : 'fail';
  return {
    round: step.round,
    kind: 'concept',
    problemId: step.problemId,
    attemptId: e.attemptId,
    verdict,
    score,
    passed: good,
    total: ids.length,
    budgetMs: Math.round(step.budgetMs),
    timeUsedMs: Math.round(e.timeUsedMs),
    hintsUsed: 0,
    endedBy: e.endedBy,
    cards: graded.map((g) => ({ cardId: g.cardId, attemptId: g.attemptId, grade: g.grade })),
  };
}
