import type * as vscode from 'vscode';
import type { Judge, RunRequest, RunResult } from '../../core/judge/judge';
import type { CodingProblem } from '../../core/problems/schema';
import { RunQueue } from '../../core/session/runQueue';
import type { RunKind } from '../../core/vocabulary';
import type { InterpreterChoice } from '../pythonInterpreter';
import type { Settings } from '../settings';

/** Chooses the Python interpreter of a run (the setting, the Python extension, PATH). */
export interface InterpreterSource {
  choose(solutionPath?: string): Promise<InterpreterChoice>;
}

const SESSION = 'session';
const SNAPSHOT = 'snapshot';

/** A judge request without what the coordinator adds (the interpreter, the signal). */
export type JudgeCall = Omit<RunRequest, 'signal' | 'pythonPath'>;

/** Runs one Run or Submit of the session with the judge call it is given. */
export interface SessionRunner {
  execute(kind: RunKind, signal: AbortSignal, judge: (call: JudgeCall) => Promise<RunResult>): Promise<RunResult | undefined>;
}

/**
 * The judge's only caller in the extension. Every run waits its turn in one queue, so that a
 * run never cancels another one (the judge would cancel the earlier run of two):
 * - the session's Run / Submit coalesce: a request while one is waiting joins it (one run
 *   answers both; a Submit among them makes it a Submit), and Cancel drops or aborts them;
 * - a snapshot re-run queues behind a running Submit instead of cancelling it.
 */
export class RunCoordinator implements vscode.Disposable {
  private readonly queue = new RunQueue();
  private readonly finishedListeners = new Set<(kind: RunKind, result: RunResult | undefined) => void>();

  constructor(
    private readonly judge: Judge,
    private readonly settings: Settings,
    private readonly session: SessionRunner,
    private readonly interpreter: InterpreterSource,
  ) {}

  /** The session's run in progress. */
  get running(): RunKind | undefined {
    const active = this.queue.running;
    return active?.lane === SESSION ? (active.params as RunKind) : undefined;
  }

  /** Whether a Run / Submit of the session is running or waiting. */
  get sessionBusy(): boolean {
    return this.queue.busy(SESSION);
  }

  /** Runs the visible examples and custom cases, or submits (every test); undefined when cancelled. */
  run(kind: RunKind): Promise<RunResult | undefined> {
    return this.queue.coalesce<RunKind, RunResult | undefined>(
      SESSION,
      kind,
      (waiting, next) => (waiting === 'submit' || next === 'submit' ? 'submit' : 'run'),
      async (k, signal) => {
        const result = await this.session.execute(k, signal, (call) => this.call({ ...call, problem: scaleLimits(call.problem, this.settings.timeLimitScale()) }, signal));
        this.finished(k, result);
        return result;
      },
      () => undefined,
    );
  }

  /** Calls `listener` after each Run / Submit of the session that ran to its end (result undefined: cancelled). */
  onDidFinish(listener: (kind: RunKind, result: RunResult | undefined) => void): vscode.Disposable {
    this.finishedListeners.add(listener);
    return { dispose: () => this.finishedListeners.delete(listener) };
  }

  private finished(kind: RunKind, result: RunResult | undefined): void {
    for (const l of [...this.finishedListeners]) {
      try {
        l(kind, result);
      } catch {
        // A listener's failure is its own.
      }
    }
  }

  /** Cancels the session's running and waiting runs. */
  cancel(): void {
    this.queue.cancel(SESSION);
  }

  /** Runs a stored snapshot against the current tests, after the runs before it. */
  rerunSnapshot(call: JudgeCall, signal?: AbortSignal): Promise<RunResult> {
    return this.queue.push(SNAPSHOT, (s) => this.call(call, s), { ...(signal ? { signal } : {}), ifDropped: () => cancelled(call) });
  }

  private async call(call: JudgeCall, signal: AbortSignal): Promise<RunResult> {
    const { path: pythonPath } = await this.interpreter.choose(call.solutionPath);
    return this.judge.run({ ...call, signal, ...(pythonPath ? { pythonPath } : {}) });
  }

  dispose(): void {
    this.cancel();
  }
}

function scaleLimits(problem: CodingProblem, scale: number): CodingProblem {
  if (!Number.isFinite(scale) || scale === 1) return problem;
  const timeMs = Math.round((problem.limits?.timeMs ?? 2000) * scale);
  return { ...problem, limits: { ...problem.limits, timeMs } };
}

function cancelled(call: JudgeCall): RunResult {
  return { verdict: 'error', passed: 0, total: call.cases.length, durationMs: 0, cases: [], error: { kind: 'cancelled', message: 'Cancelled: the run was cancelled.' }, language: call.language };
}
