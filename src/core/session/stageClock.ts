/**
 * The stages of a discussion round on the session clock: the nine phases of a design round
 * (minutes from the rubric), or the answer and the follow-up questions of a behavioral round.
 *
 * Stages are measured in session time used (`usedMs` of the timer: paused time excluded), so a
 * pause, a reload or a sleep moves a stage exactly as it moves the session. The state stores
 * the used time at which the current stage began and what each finished stage took; nothing
 * ticks. Pure: the caller passes the used time.
 */
import { z } from 'zod';

export interface Stage {
  id: string;
  title: string;
  budgetMs: number;
}

export const stageSchema = z.object({ id: z.string().min(1).max(64), title: z.string().max(500), budgetMs: z.number().positive() });

export const stageClockSchema = z.object({
  round: z.enum(['design', 'behavioral']),
  stages: z.array(stageSchema).min(1).max(64),
  /** Index of the current stage; equal to `stages.length` once every stage is done. */
  index: z.int().min(0),
  /** Session time used when the current stage began. */
  startedAtUsedMs: z.number(),
  /** Time taken by each finished stage, in order. */
  spentMs: z.array(z.number().min(0)),
});
export type StageClock = z.infer<typeof stageClockSchema>;

export interface StageTime {
  id: string;
  title: string;
  budgetMs: number;
  usedMs: number;
  overtimeMs: number;
}

export interface CurrentStage {
  index: number;
  stage: Stage;
  elapsedMs: number;
  /** Negative once the stage's minutes are over. */
  remainingMs: number;
}

export function startStages(round: StageClock['round'], stages: readonly Stage[], usedNow: number): StageClock {
  if (stages.length === 0) throw new RangeError('a round needs at least one stage');
  for (const s of stages) if (!Number.isFinite(s.budgetMs) || s.budgetMs <= 0) throw new RangeError(`stage "${s.id}" needs a positive time budget`);
  return { round, stages: stages.map((s) => ({ ...s })), index: 0, startedAtUsedMs: usedNow, spentMs: [] };
}

export function isFinished(clock: StageClock): boolean {
  return clock.index >= clock.stages.length;
}

/** The stage on the clock now, or undefined when every stage is done. */
export function currentStage(clock: StageClock, usedNow: number): CurrentStage | undefined {
  const stage = clock.stages[clock.index];
  if (!stage) return undefined;
  const elapsedMs = Math.max(0, usedNow - clock.startedAtUsedMs);
  return { index: clock.index, stage, elapsedMs, remainingMs: stage.budgetMs - elapsedMs };
}

/** Ends the current stage now (early or late) and starts the next one. Done is done. */
export function nextStage(clock: StageClock, usedNow: number): StageClock {
  const cur = currentStage(clock, usedNow);
  if (!cur) return clock;
  return { ...clock, index: clock.index + 1, startedAtUsedMs: Math.max(usedNow, clock.startedAtUsedMs), spentMs: [...clock.spentMs, cur.elapsedMs] };
}

/** Ends every remaining stage now: the current one takes its time, later ones none. */
export function finishStages(clock: StageClock, usedNow: number): StageClock {
  let c = clock;
  while (!isFinished(c)) c = nextStage(c, usedNow);
  return c;
}

/** Time per stage so far: finished stages, the current one up to now, later ones 0. */
export function stageTimes(clock: StageClock, usedNow: number): StageTime[] {
  const cur = currentStage(clock, usedNow);
  return clock.stages.map((s, i) => {
    const used = Math.round(i < clock.spentMs.length ? (clock.spentMs[i] ?? 0) : i === cur?.index ? cur.elapsedMs : 0);
    return { id: s.id, title: s.title, budgetMs: Math.round(s.budgetMs), usedMs: used, overtimeMs: Math.max(0, used - Math.round(s.budgetMs)) };
  });
}

/** The phases of a design round, from the rubric's minutes. */
export function designStages(phases: readonly { id: string; title: string; minutes: number }[]): Stage[] {
  return phases.map((p) => ({ id: p.id, title: p.title, budgetMs: Math.round(p.minutes * 60_000) }));
}

export const BEHAVIORAL_ANSWER_MS = 3 * 60_000;
export const BEHAVIORAL_FOLLOW_UP_MS = 2 * 60_000;

/** A behavioral round: the answer, then each follow-up question. */
export function behavioralStages(followUps: readonly string[]): Stage[] {
  return [
    { id: 'answer', title: 'Your answer (STAR-C)', budgetMs: BEHAVIORAL_ANSWER_MS },
    ...followUps.map((q, i) => ({ id: `follow-up-${i + 1}`, title: q, budgetMs: BEHAVIORAL_FOLLOW_UP_MS })),
  ];
}

/** The heading a follow-up question gets in the answer document. */
export function followUpHeading(clock: StageClock, index: number): string | undefined {
  const s = clock.stages[index];
  if (clock.round !== 'behavioral' || !s || !s.id.startsWith('follow-up-')) return undefined;
  return `## Follow-up ${index}: ${s.title.replace(/\s+/g, ' ').trim()}`;
}
