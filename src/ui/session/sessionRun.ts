import * as vscode from 'vscode';
import * as fs from 'node:fs/promises';
import { formatClock } from '../../core/format';
import type { Coverage } from '../../core/history/model';
import type { CaseResult, RunResult } from '../../core/judge/judge';
import type { BehavioralProblem, DesignProblem } from '../../core/problems/schema';
import { answerCheckResult } from '../../core/session/answerCheck';
import { planRun } from '../../core/session/runPlan';
import { usedMs } from '../../core/session/timer';
import { runBlockedReason } from '../../core/session/trust';
import { toCaseView } from '../../core/session/views';
import type { RunKind } from '../../core/vocabulary';
import type { AttemptRecorder } from '../attemptRecorder';
import type { Catalog } from '../catalog';
import { UserError } from '../failures';
import type { CustomCases } from './customCases';
import type { DiscussionRound } from './discussionRound';
import type { HintsPresenter } from './hintsPresenter';
import type { ProblemPresenter } from './problemPresenter';
import type { JudgeCall, SessionRunner } from './runCoordinator';
import type { RunDiagnostics } from './runDiagnostics';
import type { SessionState } from './sessionState';

export interface SessionRunDeps {
  session: SessionState;
  catalog: Catalog;
  customCases: CustomCases;
  presenter: ProblemPresenter;
  hints: HintsPresenter;
  diagnostics: RunDiagnostics;
  recorder: AttemptRecorder;
  discussion: DiscussionRound;
}

/**
 * One Run or Submit of the running session: the solution as it is in the editor goes to the
 * judge with the cases of the run; the results go to the panel (case view model), to the
 * diagnostics of the solution file and to the attempt. A discussion round's "Check answer"
 * compares the answer file with the rubric instead.
 */
export class SessionRun implements SessionRunner {
  constructor(private readonly d: SessionRunDeps) {}

  async execute(kind: RunKind, signal: AbortSignal, judge: (call: JudgeCall) => Promise<RunResult>): Promise<RunResult | undefined> {
    const { record, problem } = this.d.session.requireProblem();
    const blocked = runBlockedReason(problem.kind, vscode.workspace.isTrusted);
    if (blocked) throw new UserError(blocked);
    // Run what is in the editor: save the solution document if it has unsaved changes.
    const doc = vscode.workspace.textDocuments.find((x) => x.uri.fsPath === record.solutionPath);
    if (doc?.isDirty) await doc.save();
    if (problem.kind === 'concept') throw new UserError('An explain-it card has no tests: reveal the model answer, tick the key points you covered and grade yourself.');
    const notebook = vscode.workspace.notebookDocuments.find((x) => x.uri.fsPath === record.solutionPath);
    if (notebook?.isDirty) await notebook.save();
    if (problem.kind !== 'coding') return this.checkAnswer(problem, record.solutionPath, kind);

    const code = await fs.readFile(record.solutionPath, 'utf8').catch(() => {
      throw new UserError(`The solution file ${record.solutionPath} is missing. Start the session again to recreate it from the starter.`);
    });
    const plan = planRun(kind, await this.d.catalog.testCases(problem), await this.d.customCases.read(problem));
    const { presenter } = this.d;
    presenter.runStarted(kind, plan.cases.length);
    this.d.diagnostics.clear(record.solutionPath);
    let result: RunResult;
    // The panel always learns that the run ended (BATTERY 35): whatever fails between here and
    // the results, the run is reported as failed instead of staying "Running…".
    try {
      result = await judge({ problem, cases: plan.cases, solutionPath: record.solutionPath, language: record.language, onCase: (r) => presenter.caseDecided(kind, plan.view(r)) });
      if (signal.aborted) {
        presenter.runCancelled(kind, plan.cases.length, result.durationMs);
        return undefined;
      }
      presenter.runFinished(kind, result, result.cases.map(plan.view));
    } catch (err) {
      presenter.runFailed(kind, plan.cases.length, err);
      throw err;
    }
    this.d.diagnostics.show(record.solutionPath, result.cases);
    // Only cases of the problem count for the attempt (custom cases are the user's own).
    const official = plan.official(result.cases);
    if (result.verdict !== 'error') await this.record(kind, result, official, code);
    if (kind === 'submit') await this.afterSubmit(problem.title, result, official);
    return result;
  }

  /**
   * Design: the nine phases; behavioral: the STAR-C parts. Each is a case; the full report
   * (evidence, nuances, red flags, self-score checklist) goes to the panel and its coverage to
   * the attempt.
   */
  private async checkAnswer(problem: DesignProblem | BehavioralProblem, file: string, kind: RunKind): Promise<RunResult> {
    const t0 = Date.now();
    const answer = await fs.readFile(file, 'utf8').catch(() => {
      throw new UserError(`The answer file ${file} is missing. Start the round again to recreate it from the template.`);
    });
    const { items, report } = await this.d.discussion.checkAnswer(problem, answer);
    const result = answerCheckResult(items, Date.now() - t0);
    this.d.presenter.runStarted(kind, result.total);
    this.d.presenter.runFinished(kind, result, result.cases.map((c) => toCaseView(c, false, undefined)));
    this.d.discussion.showReport();
    await this.record(kind, result, result.cases, answer, this.d.discussion.coverageOf(report));
    return result;
  }

  private async record(kind: RunKind, result: RunResult, cases: CaseResult[], code: string, coverage?: Coverage): Promise<void> {
    const { session, recorder } = this.d;
    const current = session.current;
    if (!current) return;
    const attemptId = await recorder.recordRun(current, kind, result, cases, code, session.now(), coverage);
    if (session.current) await session.update((r) => ({ ...r, attemptId }));
  }

  /** A failed hidden nuance test opens its card; an all-pass Submit offers to end the session. */
  private async afterSubmit(title: string, result: RunResult, official: CaseResult[]): Promise<void> {
    const failedNuance = official.find((c) => c.hidden && c.verdict !== 'pass' && c.nuance)?.nuance;
    if (failedNuance) await this.d.hints.focus(failedNuance);
    if (result.verdict !== 'pass' || official.length === 0 || !official.every((c) => c.verdict === 'pass')) return;
    const { session } = this.d;
    // Inside a mock loop the Submit ends the round: the loop says what comes next.
    if (session.current?.loop) return;
    const used = formatClock(usedMs(session.require().timer, session.now()));
    void vscode.window.showInformationMessage(`All ${official.length} tests of "${title}" passed in ${used}.`, 'End Session', 'Keep Practising').then((choice) => {
      if (choice === 'End Session') void session.end('solved');
    });
  }
}
