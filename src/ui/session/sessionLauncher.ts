import { startClarifications } from '../../core/session/clarifications';
import * as vscode from 'vscode';
import { offeredLanguages } from '../../core/problems/catalogue';
import type { CodingProblem } from '../../core/problems/schema';
import type { PracticeFiles } from '../../core/session/practiceFiles';
import { budgetMinutes, type SessionRecord } from '../../core/session/session';
import { startTimer } from '../../core/session/timer';
import type { Language } from '../../core/vocabulary';
import type { Catalog } from '../catalog';
import { UserError } from '../failures';
import type { Logger } from '../logger';
import type { Settings } from '../settings';
import type { HintsPresenter } from './hintsPresenter';
import type { ProblemPresenter } from './problemPresenter';
import type { RunDiagnostics } from './runDiagnostics';
import type { OpenTimings, SessionState } from './sessionState';

/** How a session starts: a mock loop sets the budget, interview mode and its own link. */
export interface StartOptions {
  language?: Language;
  budgetMs?: number;
  interviewMode?: boolean;
  loop?: SessionRecord['loop'];
}

export interface SessionLauncherDeps {
  catalog: Catalog;
  settings: Settings;
  practice: PracticeFiles;
  session: SessionState;
  presenter: ProblemPresenter;
  hints: HintsPresenter;
  diagnostics: RunDiagnostics;
  log: Logger;
}

/**
 * Starts a session on a problem: the solution file (created from the starter, never
 * overwritten), the editor and the problem panel side by side, the timer, interview mode.
 * Also switches the language of the running session.
 */
export class SessionLauncher {
  constructor(private readonly d: SessionLauncherDeps) {}

  /** Starts a session (ends the running one first). */
  async start(problemId: string, options: StartOptions = {}): Promise<SessionRecord> {
    const t0 = Date.now();
    const { catalog, settings, session, presenter, hints } = this.d;
    const problem = catalog.get(problemId);
    if (!problem) throw new UserError(`There is no problem with id "${problemId}".`);
    const interview = options.interviewMode ?? settings.interviewModeDefault();
    // A replaced session keeps interview mode on: the new one decides (no restore-then-disable).
    if (session.current) await session.end('replaced');

    const language: Language = problem.kind === 'coding' ? this.pickLanguage(problem, options.language) : 'python';
    const solutionPath = await this.d.practice.ensureSolution(problem, language);
    // A card keeps its own 1–3 minute clock; the budget settings are for problems.
    const minutes = problem.kind === 'concept' ? problem.suggestedMinutes : budgetMinutes(problem, { fixedMinutes: settings.fixedMinutes(), perDifficulty: settings.minutesByDifficulty() });
    // A coding problem with an interview-style brief starts from the brief (a broken brief.json is
    // reported by validation; the session then starts from the statement).
    const brief = problem.kind === 'coding' ? await catalog.brief(problem).catch((err: unknown) => void this.d.log.warn(`the brief of ${problem.id} cannot be used: ${String(err)}`)) : undefined;
    const now = session.now();
    const record: SessionRecord = {
      version: 1,
      problemId: problem.id,
      language,
      solutionPath,
      startedAt: now,
      timer: startTimer(options.budgetMs ?? minutes * 60_000, now),
      hints: [],
      interviewMode: interview,
      overtimeNotified: false,
      ...(options.loop ? { loop: options.loop } : {}),
      ...(brief ? { clarifications: startClarifications(brief) } : {}),
    };
    hints.clearFocus();
    this.d.diagnostics.clear();
    const timings: OpenTimings = { editorMs: 0, panelMs: 0 };
    // Written in the background (writes are serialised); awaited before the command returns.
    const persisted = session.begin(record, timings);

    // The editor and the panel open side by side, concurrently: the panel does not wait for the
    // editor (the first Python file of a window can take a while to show). With a single editor
    // group, a second one is made first so that the two land in their own columns.
    if (problem.kind === 'concept') {
      // A card is said out loud: only the panel opens; its scratch note opens on request.
      presenter.open(problem.title, vscode.ViewColumn.One);
      await presenter.sendSession();
      timings.panelMs = Date.now() - t0;
      session.startClock();
      await persisted;
      await session.announce();
      hints.push();
      await session.applyInterviewMode(interview);
      await presenter.whenReady();
      timings.readyMs = Date.now() - t0;
      return record;
    }
    if (vscode.window.tabGroups.all.length < 2) {
      await vscode.commands.executeCommand('vscode.setEditorLayout', { orientation: 0, groups: [{ size: 0.5 }, { size: 0.5 }] });
    }
    const editorShown = showSolution(solutionPath).then(() => {
      timings.editorMs = Date.now() - t0;
    });
    presenter.open(problem.title, vscode.ViewColumn.Two);
    const ready = presenter.whenReady().then(() => {
      timings.readyMs = Date.now() - t0;
      this.d.log.info(`session ${problem.id}: panel with content ${timings.panelMs} ms, editor ${timings.editorMs} ms, webview ready ${timings.readyMs} ms after the command`);
    });
    await presenter.sendSession();
    timings.panelMs = Date.now() - t0;
    session.startClock();
    await persisted;
    await editorShown;
    await session.announce();
    hints.push();
    await session.applyInterviewMode(interview);
    await ready;
    return record;
  }

  /**
   * Switches the running coding session to another offered language (its own solution file).
   * Not while the session's tests run.
   */
  async switchLanguage(language: Language, runsBusy: boolean): Promise<void> {
    const { record, problem } = this.d.session.requireProblem();
    if (problem.kind !== 'coding' || !offeredLanguages(problem).includes(language) || record.language === language) return;
    if (runsBusy) throw new UserError('Wait for the running tests to finish (or cancel them) before switching language.');
    const solutionPath = await this.d.practice.ensureSolution(problem, language);
    await this.d.session.update((r) => ({ ...r, language, solutionPath }));
    await showSolution(solutionPath);
    await this.d.presenter.sendSession();
  }

  private pickLanguage(problem: CodingProblem, wanted?: Language): Language {
    const offered = offeredLanguages(problem);
    if (wanted && offered.includes(wanted)) return wanted;
    const preferred = this.d.settings.defaultLanguage();
    // A problem that does not offer the preferred language (e.g. a SQL-only problem) opens in its own.
    return offered.includes(preferred) ? preferred : (offered[0] ?? 'python');
  }
}

/** Opens a solution file in the first column (not as a preview). */
export async function showSolution(file: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
}
