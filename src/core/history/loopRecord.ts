/**
 * The record of a mock interview loop in the history: its plan, its rounds (each linked to the
 * attempt it produced), its status and its debrief. Stored as `loops/<id>.json` next to the
 * attempts (see `loopStore.ts`), validated with zod on every read. Timestamps are ISO 8601,
 * durations integer ms. `LOOP_SCHEMA_VERSION` is bumped with a migration like the attempts'.
 */
import { z } from 'zod';
import { CARD_GRADES, COMPONENTS, LOOP_STATUSES, PROBLEM_KINDS, ROUNDS, TARGET_LEVELS, type Component } from '../vocabulary';
import { ATTEMPT_ID_PATTERN, ATTEMPT_VERDICTS } from './model';

export const LOOP_SCHEMA_VERSION = 1;

const isoTime = z.iso.datetime({ offset: true });
const ms = z.int().min(0);
const text = z.string().max(4000);

export const loopRoundSchema = z.object({
  round: z.enum(ROUNDS),
  kind: z.enum(PROBLEM_KINDS),
  problemId: z.string().min(1).max(128),
  attemptId: z.string().regex(ATTEMPT_ID_PATTERN).nullable(),
  verdict: z.enum(ATTEMPT_VERDICTS),
  score: z.number().min(0).max(100),
  /** Cases (tests or rubric phases) passed of the total: the coverage of a design or behavioral answer. */
  passed: z.int().min(0),
  total: z.int().min(0),
  budgetMs: ms,
  timeUsedMs: ms,
  hintsUsed: z.int().min(0),
  endedBy: z.enum(['submit', 'time', 'abandoned']),
  /** An explain-it round: each card graded, with its attempt (passed/total count the good or easy ones). */
  cards: z.array(z.object({ cardId: z.string().min(1).max(128), attemptId: z.string().regex(ATTEMPT_ID_PATTERN).nullable(), grade: z.enum(CARD_GRADES) })).optional(),
});

export const ratingsSchema = z.partialRecord(z.enum(COMPONENTS), z.int().min(1).max(4));

export const debriefSchema = z.object({
  wentWell: text,
  hesitated: text,
  change: text,
  ratings: ratingsSchema,
  focus: z.object({ component: z.enum(COMPONENTS), reason: z.string() }),
  at: isoTime,
});

export const loopRecordSchema = z.object({
  schemaVersion: z.literal(LOOP_SCHEMA_VERSION),
  id: z.string().regex(ATTEMPT_ID_PATTERN),
  level: z.enum(TARGET_LEVELS),
  startedAt: isoTime,
  endedAt: isoTime.nullable(),
  status: z.enum(LOOP_STATUSES),
  minutesScale: z.number().positive(),
  plan: z.array(z.object({ round: z.enum(ROUNDS), minutes: z.number().positive(), problemId: z.string().min(1).max(128), cards: z.array(z.string().min(1).max(128)).optional() })).min(1),
  rounds: z.array(loopRoundSchema),
  debrief: debriefSchema.nullable(),
});

export type LoopRound = z.infer<typeof loopRoundSchema>;
export type Debrief = z.infer<typeof debriefSchema>;
export type Ratings = z.infer<typeof ratingsSchema>;
export type LoopRecord = z.infer<typeof loopRecordSchema>;

export function parseLoopRecord(raw: unknown): { ok: true; loop: LoopRecord } | { ok: false; error: string } {
  const parsed = loopRecordSchema.safeParse(raw);
  if (parsed.success) return { ok: true, loop: parsed.data };
  return {
    ok: false,
    error: parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`)
      .join('; '),
  };
}

/** What a script passes to `mlprep.debriefLoop`. */
export const debriefInputSchema = z
  .object({
    wentWell: text,
    hesitated: text,
    change: text,
    ratings: ratingsSchema.optional(),
  })
  .strict();
export type DebriefInput = z.infer<typeof debriefInputSchema>;

/** The loop as `exportHistory('json')` writes it. */
export interface LoopExport {
  id: string;
  level: string;
  startedAt: string;
  endedAt: string | null;
  status: string;
  /** `cards`: the cards of an explain-it round. */
  plan: { round: string; minutes: number; cards?: readonly string[] }[];
  /** `cards`: each card graded in an explain-it round, with its attempt. */
  rounds: { round: string; kind: string; problemId: string; attemptId: string | null; verdict: string; score: number; budgetMs: number; timeUsedMs: number; cards?: readonly { cardId: string; attemptId: string | null; grade: string }[] }[];
  debrief: { wentWell: string; hesitated: string; change: string; ratings: Partial<Record<Component, number>>; focus: { component: Component; reason: string } } | null;
}

export function toLoopExport(l: LoopRecord): LoopExport {
  return {
    id: l.id,
    level: l.level,
    startedAt: l.startedAt,
    endedAt: l.endedAt,
    status: l.status,
    plan: l.plan.map((p) => ({ round: p.round, minutes: p.minutes, ...(p.cards ? { cards: p.cards } : {}) })),
    rounds: l.rounds.map((r) => ({ round: r.round, kind: r.kind, problemId: r.problemId, attemptId: r.attemptId, verdict: r.verdict, score: r.score, budgetMs: r.budgetMs, timeUsedMs: r.timeUsedMs, ...(r.cards ? { cards: r.cards } : {}) })),
    debrief: l.debrief ? { wentWell: l.debrief.wentWell, hesitated: l.debrief.hesitated, change: l.debrief.change, ratings: l.debrief.ratings, focus: l.debrief.focus } : null,
  };
}
