import type { CaseResult as JudgeCase, RunResult } from '../core/judge/judge';
import { newAttemptId } from '../core/history/attemptId';
import type { AttemptRunInput } from '../core/history/model';
import type { Outcome } from '../core/vocabulary';
import type { AttemptDraft, HistoryStore } from '../core/history/store';
import type { Problem } from '../core/problems/schema';
import type { SessionRecord } from '../core/session/session';
import { usedMs, type TimerState } from '../core/session/timer';
import type { RunKind } from '../core/vocabulary';

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
  async recordRun(session: SessionRecord, kind: RunKind, result: RunResult, cases: JudgeCase[], code: string, now: number): Promise<string | undefined> {
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
      const draft = this.draft(session, problem, session.timer, now, runs, existing?.id);
      const saved = await store.save(draft, { snapshots: { [runs.length - 1]: code } });
      return saved.id;
    } catch (err) {
      this.onError('the attempt could not be recorded', err);
      return session.attemptId;
    }
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
      await store.save({ ...draft, endedAt: end ? new Date(now).toISOString() : null, ...(existing.selfRating ? { selfRating: existing.selfRating } : {}), ...(existing.note ? { note: existing.note } : {}) });
    } catch (err) {
      this.onError('the attempt could not be updated', err);
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
    };
  }
}

export function historyVerdict(v: JudgeCase['verdict']): Outcome {
  if (v === 'pass') return 'pass';
  if (v === 'wrong_answer') return 'fail';
  return 'error';
}

