import type { CaseResult as JudgeCase, RunResult } from '../core/judge/judge';
import { newAttemptId } from '../core/history/attemptId';
import type { Attempt, AttemptRunInput, Coverage, RubricScore } from '../core/history/model';
import { clarificationsOf } from '../core/session/clarifications';
import { stageTimes } from '../core/session/stageClock';
import type { Outcome } from '../core/vocabulary';
import type { AttemptDraft, HistoryStore } from '../core/history/store';
import type { Problem } from '../core/problems/schema';
import type { SessionRecord } from '../core/session/session';
import { usedMs, type TimerState } from '../core/session/timer';
import { cardGradeRating, type CardGrade, type RunKind } from '../core/vocabulary';

/**
 * Writes the attempt of a session to the history: created at the first Run/Submit, updated on
 * every later one, on hint reveals and when the session ends, so a crash loses nothing.
 */
export class AttemptRecorder {
  constructor(
    private readonly store: () => HistoryStore | undefined,
    private readonly problem: (id: string) => Problem | undefined,
    private readonly onError: (message: string, err: unknown) => void,
  ) {}

  /** Records a run; returns the attempt id (new or existing), or undefined without a store. */
  async recordRun(session: SessionRecord, kind: RunKind, result: RunResult, cases: JudgeCase[], code: string, now: number, coverage?: Coverage): Promise<string | undefined> {
    const store = this.store();
    const problem = this.problem(session.problemId);
    if (!store || !problem) return session.attemptId;
    try {
      const existing = session.attemptId ? await store.get(session.attemptId) : undefined;
      const passed = cases.filter((c) => c.verdict === 'pass').length;
      const run: AttemptRunInput = {
        kind,
        at: new Date(now).toISOString(),
        verdict: result.verdict === 'error' ? 'error' : passed === cases.length && cases.length > 0 ? 'pass' : 'fail',
        passed,
        total: cases.length,
        durationMs: Math.max(0, Math.round(result.durationMs)),
        cases: cases.map((c) => ({ name: c.name, hidden: c.hidden, verdict: historyVerdict(c.verdict), timeMs: Math.max(0, c.timeMs), ...(c.nuance ? { nuance: c.nuance } : {}) })),
      };
      const runs = [...(existing?.runs ?? []), run];
      const draft = { ...this.draft(session, problem, session.timer, now, runs, existing?.id), ...kept(existing), ...(coverage ? { coverage } : {}) };
      const saved = await store.save(draft, { snapshots: { [runs.length - 1]: code } });
      return saved.id;
    } catch (err) {
      this.onError('the attempt could not be recorded', err);
      return session.attemptId;
    }
  }

  /**
   * Records the self-grade of an explain-it card (the ticked key points, the grade, when the
   * answer was revealed) as a finished attempt; returns its id, or undefined without a store.
   * Failures are thrown: the user must know that a grade was not kept.
   */
  async recordCard(session: SessionRecord, card: { ticked: readonly number[]; grade: CardGrade; revealedAt?: number }, now: number): Promise<string | undefined> {
    const store = this.store();
    const problem = this.problem(session.problemId);
    if (!store) return undefined;
    if (!problem || problem.kind !== 'concept') throw new Error(`"${session.problemId}" is not an explain-it card of the pack`);
    const existing = session.attemptId ? await store.get(session.attemptId) : undefined;
    const draft = this.draft(session, problem, session.timer, now, [], existing?.id);
    const saved = await store.save({
      ...draft,
      endedAt: new Date(now).toISOString(),
      selfRating: cardGradeRating(card.grade),
      card: {
        keyPoints: problem.keyPoints.length,
        ticked: [...new Set(card.ticked)].filter((i) => i >= 0 && i < problem.keyPoints.length).sort((a, b) => a - b),
        grade: card.grade,
        ...(card.revealedAt !== undefined ? { revealedAt: new Date(card.revealedAt).toISOString() } : {}),
      },
      ...(existing?.note ? { note: existing.note } : {}),
    });
    return saved.id;
  }

  async updateHints(session: SessionRecord, now: number): Promise<void> {
    await this.update(session, session.timer, now, false);
  }

  /** Closes the attempt of a session (sets endedAt). Sessions with no run leave no attempt. */
  async finish(session: SessionRecord, timer: TimerState, now: number): Promise<void> {
    await this.update(session, timer, now, true);
  }

  private async update(session: SessionRecord, timer: TimerState, now: number, end: boolean): Promise<void> {
    const store = this.store();
    const problem = this.problem(session.problemId);
    if (!store || !problem || !session.attemptId) return;
    try {
      const existing = await store.get(session.attemptId);
      if (!existing) return;
      const draft = this.draft(session, problem, timer, now, existing.runs, existing.id);
      // A graded card keeps its grade and its end (the time it was graded).
      const endedAt = existing.card && existing.endedAt ? existing.endedAt : end ? new Date(now).toISOString() : null;
      const cardKept = existing.card ? { card: existing.card, timeUsedMs: existing.timeUsedMs, pausedMs: existing.pausedMs } : {};
      await store.save({ ...draft, ...cardKept, endedAt, ...kept(existing) });
    } catch (err) {
      this.onError('the attempt could not be updated', err);
    }
  }

  /** Records the user's self-scores of a discussion round on its attempt (after a Check answer). */
  async recordSelfScores(session: SessionRecord, rubric: RubricScore[], now: number): Promise<void> {
    const store = this.store();
    const problem = this.problem(session.problemId);
    if (!store || !problem || !session.attemptId) return;
    try {
      const existing = await store.get(session.attemptId);
      if (!existing) return;
      const draft = this.draft(session, problem, session.timer, now, existing.runs, existing.id);
      await store.save({ ...draft, endedAt: existing.endedAt, ...kept(existing), rubric });
    } catch (err) {
      this.onError('the self-scores could not be recorded', err);
    }
  }

  private draft(session: SessionRecord, problem: Problem, timer: TimerState, now: number, runs: AttemptRunInput[], id?: string): AttemptDraft {
    const paused = timer.status === 'paused' ? timer.pausedMs + Math.max(0, now - timer.pausedAt) : timer.pausedMs;
    return {
      id: id ?? newAttemptId(Math.floor(now)),
      problemId: problem.id,
      kind: problem.kind,
      round: problem.round,
      title: problem.title,
      difficulty: problem.difficulty,
      language: problem.kind === 'coding' ? session.language : 'markdown',
      startedAt: new Date(session.startedAt).toISOString(),
      endedAt: null,
      budgetMs: Math.round(timer.budgetMs),
      timeUsedMs: Math.max(0, Math.round(usedMs(timer, now))),
      pausedMs: Math.max(0, Math.round(paused)),
      runs,
      hints: session.hints.map((h) => ({ level: h.level, at: new Date(h.at).toISOString(), penaltyMs: Math.round(h.penaltyMs) })),
      interviewMode: session.interviewMode,
      ...(session.loop ? { loopId: session.loop.id } : {}),
      ...(session.stages ? { phaseTimes: stageTimes(session.stages, usedMs(timer, now)) } : {}),
      ...(session.clarifications ? { clarifications: clarificationsOf(session.clarifications, session.startedAt) } : {}),
    };
  }
}

/** What a later save of an attempt keeps from the stored record (set by other steps). */
function kept(existing: Attempt | undefined): Partial<Pick<Attempt, 'selfRating' | 'note' | 'answer' | 'rubric' | 'coverage'>> {
  if (!existing) return {};
  return {
    ...(existing.selfRating ? { selfRating: existing.selfRating } : {}),
    ...(existing.note ? { note: existing.note } : {}),
    ...(existing.answer !== undefined ? { answer: existing.answer } : {}),
    ...(existing.rubric ? { rubric: existing.rubric } : {}),
    ...(existing.coverage ? { coverage: existing.coverage } : {}),
  };
}

export function historyVerdict(v: JudgeCase['verdict']): Outcome {
  if (v === 'pass') return 'pass';
  if (v === 'wrong_answer') return 'fail';
  return 'error';
}

