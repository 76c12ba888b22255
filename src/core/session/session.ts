/**
 * The running practice session as persisted data: what the extension stores so that a window
 * reload brings back the same problem, deadline, paused state and hints. Validated on read,
 * because stored state can be from an older version or damaged.
 */
import { z } from 'zod';
import { stageClockSchema } from './stageClock';
import type { Clock, TimerState } from './timer';

import { HINT_LEVELS, LANGUAGES } from '../vocabulary';

const timerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('running'), budgetMs: z.number().positive(), deadline: z.number(), pausedMs: z.number().min(0), penaltyMs: z.number().min(0) }),
  z.object({ status: z.literal('paused'), budgetMs: z.number().positive(), remainingMs: z.number(), pausedAt: z.number(), pausedMs: z.number().min(0), penaltyMs: z.number().min(0) }),
  z.object({ status: z.literal('stopped'), budgetMs: z.number().positive(), remainingMs: z.number(), pausedMs: z.number().min(0), penaltyMs: z.number().min(0) }),
]);

export const sessionRecordSchema = z.object({
  version: z.literal(1),
  problemId: z.string().regex(/^[a-z0-9-]+$/),
  language: z.enum(LANGUAGES),
  solutionPath: z.string().min(1),
  startedAt: z.number(),
  timer: timerSchema,
  hints: z.array(z.object({ level: z.enum(HINT_LEVELS), at: z.number(), penaltyMs: z.number().min(0) })),
  interviewMode: z.boolean(),
  overtimeNotified: z.boolean(),
  attemptId: z.string().optional(),
  /** The mock loop this session is a round of: its id, and whether hints are off or cost double. */
  loop: z.object({ id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/), hints: z.enum(['off', 'double']) }).optional(),
  /** The phases (design) or answer and follow-ups (behavioral) of a timed discussion round. */
  stages: stageClockSchema.optional(),
  /**
   * A coding problem practised from its interview-style brief: the clarifying questions asked
   * (ids, in order, with the time), when the full statement was opened, the ids of the key
   * questions and how many questions the brief has.
   */
  clarifications: z
    .object({
      asked: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/), at: z.number() })).max(50),
      fullStatementAt: z.number().optional(),
      keyIds: z.array(z.string().regex(/^[a-z0-9-]{1,64}$/)).max(50),
      total: z.int().min(0).max(50),
    })
    .optional(),
});

export type SessionRecord = z.infer<typeof sessionRecordSchema>;

/** Parses stored session state; returns undefined for anything that is not a valid record. */
export function parseSessionRecord(raw: unknown): SessionRecord | undefined {
  const parsed = sessionRecordSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // A damaged phase clock costs the phases, not the session.
  if (raw && typeof raw === 'object' && 'stages' in raw) {
    const { stages: _damaged, ...rest } = raw as Record<string, unknown>;
    const again = sessionRecordSchema.safeParse(rest);
    if (again.success) return again.data;
  }
  return undefined;
}

export function withTimer(record: SessionRecord, timer: TimerState): SessionRecord {
  return { ...record, timer };
}

/**
 * A clock that cannot jump while the process lives: wall time at creation plus the monotonic
 * time elapsed since. A system clock change therefore does not move a running deadline; a
 * new process (window reload) re-anchors on the wall clock, which is what a persisted
 * deadline needs.
 */
export function monotonicWallClock(wallNow: () => number = Date.now, monoNow: () => number = () => performance.now()): Clock {
  const wall0 = wallNow();
  const mono0 = monoNow();
  return () => wall0 + (monoNow() - mono0);
}

/** Time budget in minutes for a problem, from the setting's overrides or the problem's own suggestion. */
export function budgetMinutes(
  problem: { suggestedMinutes: number; difficulty: 'easy' | 'medium' | 'hard' },
  overrides: { fixedMinutes?: number | null; perDifficulty?: Partial<Record<'easy' | 'medium' | 'hard', number>> },
): number {
  const fixed = overrides.fixedMinutes;
  if (typeof fixed === 'number' && Number.isFinite(fixed) && fixed > 0) return Math.min(fixed, 600);
  const byDifficulty = overrides.perDifficulty?.[problem.difficulty];
  if (typeof byDifficulty === 'number' && Number.isFinite(byDifficulty) && byDifficulty > 0) return Math.min(byDifficulty, 600);
  return problem.suggestedMinutes;
}
