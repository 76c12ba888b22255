import * as vscode from 'vscode';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { transform } from 'sucrase';
import type { Judge, RunResult, CaseResult } from '../core/judge/judge';
import type { BehavioralProblem, CodingProblem, DesignProblem, Problem, TestCase } from '../core/problems/schema';
import { loadRubric, loadTemplate } from '../core/problems/loader';
import { behavioralCoverage, designCoverage } from '../core/design/coverage';
import { renderMarkdown } from '../core/render/markdown';
import { budgetMinutes, monotonicWallClock, parseSessionRecord, type SessionRecord } from '../core/session/session';
import { formatClock } from '../core/format';
import { isOvertime, pause, penalize, remainingMs, resume, startTimer, stop, usedMs } from '../core/session/timer';
import { runBlockedReason } from '../core/session/trust';
import { customCasesFile, parseCustomCases, serializeCustomCases, solutionFileName, type CustomCase } from '../core/session/practice';
import { formatArgs, formatValue, toCaseView } from '../core/session/views';
import type { CaseView, HostToHints, HostToPanel, PanelToHost, HintsToHost } from '../protocol';
import type { Catalog } from './catalog';
import { offeredLanguages } from '../core/problems/catalogue';
import type { HintsView } from './hintsView';
import type { InterviewMode } from './interviewMode';
import type { Logger } from './logger';
import type { ProblemPanel } from './problemPanel';
import type { SessionStatusBar } from './statusBar';
import { UserError } from './registerCommand';
import type { AttemptRecorder } from './attemptRecorder';
import { HINT_LEVELS, PROBLEM_FILES, type HintLevel, type Language, type RunKind } from '../core/vocabulary';

const SESSION_KEY = 'mlprep.session';

export interface SessionSettings {
  practiceFolder(): string;
  pythonPath(): string | undefined;
  defaultLanguage(): Language;
  fixedMinutes(): number | null;
  minutesByDifficulty(): Partial<Record<'easy' | 'medium' | 'hard', number>>;
  hintPenaltyMinutes(): number;
  interviewModeDefault(): boolean;
  timeLimitScale(): number;
}

interface ActiveRun {
  kind: RunKind;
  controller: AbortController;
  done: Promise<RunResult | undefined>;
}

/**
 * One practice session at a time: the problem, its solution file, the timer, hints, runs.
 * Everything a reload must bring back is persisted in globalState as a SessionRecord (the
 * deadline, not a tick count), and re-read on activation.
 */
export class SessionController implements vscode.Disposable {
  private record: SessionRecord | undefined;
  private readonly clock = monotonicWallClock();
  private ticker: ReturnType<typeof setInterval> | undefined;
  private active: ActiveRun | undefined;
  private pending: { kind: RunKind; waiters: ((r: RunResult | undefined) => void)[] } | undefined;
  private focusNuance: string | undefined;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('mlprep');
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  /** Time from the start command to the panel's first render of the session (ms), for tests. */
  lastOpenMs: number | undefined;
  /** Steps of the last start (ms since the command): editor shown, panel created with its content posted, webview ready. */
  lastOpenTimings: { editorMs: number; panelMs: number; readyMs?: number } | undefined;

  constructor(
    private readonly catalog: Catalog,
    private readonly judge: Judge,
    private readonly state: vscode.Memento,
    private readonly settings: SessionSettings,
    private readonly panel: ProblemPanel,
    private readonly hints: HintsView,
    private readonly statusBar: SessionStatusBar,
    private readonly interviewMode: InterviewMode,
    private readonly recorder: AttemptRecorder,
    private readonly log: Logger,
  ) {}

  get session(): SessionRecord | undefined {
    return this.record;
  }

  get running(): RunKind | undefined {
    return this.active?.kind;
  }

  /** Restores a persisted session after a reload, or cleans up after a crash. */
  async restore(): Promise<void> {
    const saved = parseSessionRecord(this.state.get(SESSION_KEY));
    if (this.state.get(SESSION_KEY) !== undefined && !saved) {
      this.log.warn('discarded a stored session that could not be read');
      await this.state.update(SESSION_KEY, undefined);
    }
    if (!saved || saved.timer.status === 'stopped' || !this.catalog.get(saved.problemId)) {
      if (saved) await this.state.update(SESSION_KEY, undefined);
      // Interview mode left on by a crash: put the user's settings back.
      await this.interviewMode.restore();
      return;
    }
    this.record = saved;
    this.log.info(`restored session ${saved.problemId} (${formatClock(remainingMs(saved.timer, this.clock()))} left, ${saved.timer.status})`);
    this.startTicker();
    await this.updateContexts();
    this.pushHints();
    this.changed.fire();
  }

  /** Starts a session on a problem (ends the running one first). */
  async start(problemId: string, options: { language?: Language } = {}): Promise<SessionRecord> {
    const t0 = Date.now();
    const problem = this.catalog.get(problemId);
    if (!problem) throw new UserError(`There is no problem with id "${problemId}".`);
    const interview = this.settings.interviewModeDefault();
    // Interview mode stays on across back-to-back sessions (no restore-then-disable).
    if (this.record) await this.end('replaced', { keepInterviewMode: interview });

    const language: Language = problem.kind === 'coding' ? this.pickLanguage(problem, options.language) : 'python';
    const solutionPath = await this.prepareSolutionFile(problem, language);
    const minutes = budgetMinutes(problem, { fixedMinutes: this.settings.fixedMinutes(), perDifficulty: this.settings.minutesByDifficulty() });
    const now = this.clock();
    this.record = {
      version: 1,
      problemId: problem.id,
      language,
      solutionPath,
      startedAt: now,
      timer: startTimer(minutes * 60_000, now),
      hints: [],
      interviewMode: interview,
      overtimeNotified: false,
    };
    this.focusNuance = undefined;
    this.diagnostics.clear();
    // Written in the background (writes are serialised); awaited before the command returns.
    const persisted = this.persist();

    const timings: { editorMs: number; panelMs: number; readyMs?: number } = { editorMs: 0, panelMs: 0 };
    this.lastOpenTimings = timings;
    // The editor and the panel open side by side, concurrently: the panel does not wait for the
    // editor (the first Python file of a window can take a while to show). With a single editor
    // group, a second one is made first so that the two land in their own columns.
    if (vscode.window.tabGroups.all.length < 2) {
      await vscode.commands.executeCommand('vscode.setEditorLayout', { orientation: 0, groups: [{ size: 0.5 }, { size: 0.5 }] });
    }
    const editorShown = vscode.workspace
      .openTextDocument(vscode.Uri.file(solutionPath))
      .then((doc) => vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false }))
      .then(() => {
        timings.editorMs = Date.now() - t0;
      });
    this.panel.open(problem.title, vscode.ViewColumn.Two);
    const ready = this.panel.whenReady().then(() => {
      this.lastOpenMs = timings.readyMs = Date.now() - t0;
      this.log.info(`session ${problem.id}: panel with content ${timings.panelMs} ms, editor ${timings.editorMs} ms, webview ready ${timings.readyMs} ms after the command`);
    });
    await this.sendSession();
    timings.panelMs = Date.now() - t0;
    this.startTicker();
    await persisted;
    await editorShown;
    await this.updateContexts();
    this.pushHints();
    this.changed.fire();
    if (interview) await this.interviewMode.enable();
    else await this.interviewMode.restore();
    await ready;
    return this.record;
  }

  /** Re-attaches a panel that VS Code restored after a reload. */
  async revive(webviewPanel: vscode.WebviewPanel): Promise<void> {
    this.panel.adopt(webviewPanel);
    if (!this.record) {
      webviewPanel.dispose();
      return;
    }
    await this.sendSession();
  }

  /** Re-opens the panel of the running session (e.g. after the user closed it). */
  async showPanel(): Promise<void> {
    const problem = this.requireProblem();
    this.panel.open(problem.title, vscode.ViewColumn.Beside);
    await this.sendSession();
  }

  private pickLanguage(problem: CodingProblem, wanted?: Language): Language {
    const offered = offeredLanguages(problem);
    if (wanted && offered.includes(wanted)) return wanted;
    const preferred = this.settings.defaultLanguage();
    return offered.includes(preferred) ? preferred : 'python';
  }

  /** The solution (or answer) file in the practice folder: created from the starter, never overwritten. */
  private async prepareSolutionFile(problem: Problem, language: Language): Promise<string> {
    const folder = path.join(this.practiceFolder(), problem.id);
    await fs.mkdir(folder, { recursive: true });
    const file = path.join(folder, solutionFileName(problem.kind, language));
    try {
      await fs.access(file);
      return file;
    } catch {
      // create below
    }
    let content: string;
    if (problem.kind === 'coding') {
      content = await fs.readFile(this.catalog.starterPath(problem, language), 'utf8');
      if (language === 'javascript') content = stripTypesForStarter(content);
    } else {
      content = await fs.readFile(path.join(problem.dir, PROBLEM_FILES.template), 'utf8').catch(() => `# ${problem.title}\n\n`);
    }
    await fs.writeFile(file, content, { flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
    return file;
  }

  practiceFolder(): string {
    const folder = this.settings.practiceFolder();
    return folder;
  }

  private requireProblem(): Problem {
    const problem = this.record ? this.catalog.get(this.record.problemId) : undefined;
    if (!this.record || !problem) throw new UserError('No session is running. Start one with "ML Prep: Start Timed Session".');
    return problem;
  }

  /**
   * Posts the session to the panel. The statement goes first; the examples follow as soon as
   * the tests are parsed (a problem with large hidden tests takes a moment), so that the panel
   * never waits for them.
   */
  private async sendSession(): Promise<void> {
    const record = this.record;
    if (!record) return;
    const problem = this.requireProblem();
    const statement = await this.catalog.statement(problem).catch((err: unknown) => `*The statement could not be read: ${String(err instanceof Error ? err.message : err)}*`);
    const trust = this.runBlockReason(problem);
    const customCases = (await this.readCustomCases(problem)).map((c) => ({ name: c.name, args: c.args, expected: c.expected }));
    const message = (examples: { name: string; args: string; expected: string }[]): HostToPanel => ({
      type: 'session',
      problem: {
        id: problem.id,
        title: problem.title,
        kind: problem.kind,
        difficulty: problem.difficulty,
        round: problem.round,
        category: problem.category,
        tags: problem.tags,
        nuances: problem.nuances.map((n) => ({ id: n, title: this.catalog.nuanceTitle(n) })),
        suggestedMinutes: problem.suggestedMinutes,
        languages: offeredLanguages(problem),
        requires: problem.kind === 'coding' ? (problem.requires ?? []) : [],
        statementHtml: this.renderStatement(problem.id, statement),
        examples,
      },
      language: record.language,
      solutionFile: record.solutionPath,
      interviewMode: record.interviewMode,
      canRun: trust === undefined,
      ...(trust ? { runDisabledReason: trust } : {}),
      customCases,
    });
    if (problem.kind !== 'coding') {
      this.panel.post(message([]));
    } else {
      const cached = this.catalog.hasTests(problem);
      const tests = this.catalog.testCases(problem);
      const examplesOf = (cases: TestCase[]): { name: string; args: string; expected: string }[] =>
        cases.filter((c) => !c.hidden).map((c) => ({ name: c.name, args: formatArgs(c.args), expected: formatValue(c.expected) }));
      if (cached) {
        this.panel.post(message(examplesOf(await tests)));
      } else {
        this.panel.post(message([]));
        void tests.then(
          (cases) => {
            if (this.record?.problemId === problem.id) this.panel.post(message(examplesOf(cases)));
          },
          (err: unknown) => this.panel.post({ type: 'notice', level: 'error', text: `The tests of this problem could not be read: ${err instanceof Error ? err.message : String(err)}` }),
        );
      }
    }
    this.postTimer();
  }

  private readonly statementHtml = new Map<string, { source: string; html: string }>();

  /** Rendered statements, kept per problem (KaTeX rendering of a long statement takes a while). */
  private renderStatement(id: string, source: string): string {
    const cached = this.statementHtml.get(id);
    if (cached?.source === source) return cached.html;
    const html = renderMarkdown(source);
    this.statementHtml.set(id, { source, html });
    return html;
  }

  private runBlockReason(problem: Problem): string | undefined {
    return runBlockedReason(problem.kind, vscode.workspace.isTrusted);
  }

  // -------------------------------------------------------------------------------------------
  // Timer

  private startTicker(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = setInterval(() => this.tick(), 1000);
    this.tick();
    this.postTimer();
  }

  private tick(): void {
    const record = this.record;
    if (!record) return;
    const problem = this.catalog.get(record.problemId);
    const now = this.clock();
    this.statusBar.show(problem?.title ?? record.problemId, remainingMs(record.timer, now), record.timer.status);
    if (record.timer.status === 'running' && isOvertime(record.timer, now) && !record.overtimeNotified) {
      this.record = { ...record, overtimeNotified: true };
      void this.persist();
      this.postTimer();
      void vscode.window.showWarningMessage(`Time is up for "${problem?.title ?? record.problemId}". Keep going: the attempt is marked as overtime.`);
    }
  }

  private postTimer(): void {
    const record = this.record;
    if (!record) return;
    const now = this.clock();
    this.panel.post({ type: 'timer', timer: { status: record.timer.status, remainingMs: remainingMs(record.timer, now), at: Date.now(), budgetMs: record.timer.budgetMs } });
  }

  async togglePause(): Promise<void> {
    const record = this.requireRecord();
    const now = this.clock();
    const timer = record.timer.status === 'paused' ? resume(record.timer, now) : pause(record.timer, now);
    this.record = { ...record, timer };
    await this.persist();
    this.tick();
    this.postTimer();
    this.changed.fire();
  }

  async setPaused(paused: boolean): Promise<void> {
    const record = this.requireRecord();
    if ((record.timer.status === 'paused') !== paused) await this.togglePause();
  }

  remaining(): number | undefined {
    return this.record ? remainingMs(this.record.timer, this.clock()) : undefined;
  }

  private requireRecord(): SessionRecord {
    if (!this.record) throw new UserError('No session is running. Start one with "ML Prep: Start Timed Session".');
    return this.record;
  }

  /** Ends the session: the attempt is closed, interview mode is undone, the panel stays readable. */
  async end(reason: 'stopped' | 'replaced' | 'solved' = 'stopped', options: { keepInterviewMode?: boolean } = {}): Promise<void> {
    const record = this.record;
    if (!record) return;
    this.cancelRun();
    const now = this.clock();
    const timer = stop(record.timer, now);
    this.record = undefined;
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
    this.statusBar.hide();
    // The next session's start overwrites the stored session; only a plain stop clears it.
    const closed = Promise.all([this.recorder.finish(record, timer, now), reason === 'replaced' ? undefined : this.state.update(SESSION_KEY, undefined)]);
    if (reason === 'replaced') {
      void closed.catch((err: unknown) => this.log.error('closing the previous session', err));
      return;
    }
    await closed;
    if (!options.keepInterviewMode) await this.interviewMode.restore();
    this.panel.post({ type: 'timer', timer: { status: 'stopped', remainingMs: remainingMs(timer, now), at: Date.now(), budgetMs: timer.budgetMs } });
    if (reason === 'stopped') this.panel.post({ type: 'notice', level: 'info', text: 'Session stopped. Your solution file stays where it is; the attempt is in Past Attempts.' });
    await this.updateContexts();
    this.hints.update({ type: 'empty', reason: 'Start a timed session to see its hints and production-nuance cards here.' });
    this.changed.fire();
  }

  async toggleInterviewMode(): Promise<boolean> {
    const record = this.requireRecord();
    const on = !record.interviewMode;
    this.record = { ...record, interviewMode: on };
    await this.persist();
    if (on) await this.interviewMode.enable();
    else await this.interviewMode.restore();
    await this.sendSession();
    return on;
  }

  private async persist(): Promise<void> {
    await this.state.update(SESSION_KEY, this.record);
  }

  private async updateContexts(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'mlprep.sessionActive', this.record !== undefined);
    await vscode.commands.executeCommand('setContext', 'mlprep.solutionPaths', this.record ? [this.record.solutionPath] : []);
  }

  // -------------------------------------------------------------------------------------------
  // Language and custom cases

  async setLanguage(language: Language): Promise<void> {
    const record = this.requireRecord();
    const problem = this.requireProblem();
    if (problem.kind !== 'coding' || !offeredLanguages(problem).includes(language) || record.language === language) return;
    if (this.active) throw new UserError('Wait for the running tests to finish (or cancel them) before switching language.');
    const solutionPath = await this.prepareSolutionFile(problem, language);
    this.record = { ...record, language, solutionPath };
    await this.persist();
    await this.updateContexts();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(solutionPath));
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
    await this.sendSession();
  }

  private customCasesPath(problem: Problem): string {
    return path.join(this.practiceFolder(), problem.id, customCasesFile());
  }

  private async readCustomCases(problem: Problem): Promise<CustomCase[]> {
    if (problem.kind !== 'coding') return [];
    try {
      return parseCustomCases(await fs.readFile(this.customCasesPath(problem), 'utf8'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.log.warn(`custom cases of ${problem.id} could not be read: ${String(err)}`);
      return [];
    }
  }

  async addCustomCase(c: CustomCase): Promise<void> {
    const problem = this.requireProblem();
    const cases = await this.readCustomCases(problem);
    if (cases.length >= 50) throw new UserError('At most 50 custom cases per problem.');
    const next = [...cases, { ...c, name: c.name || `case ${cases.length + 1}` }];
    await fs.mkdir(path.dirname(this.customCasesPath(problem)), { recursive: true });
    await fs.writeFile(this.customCasesPath(problem), serializeCustomCases(next));
    this.panel.post({ type: 'customCases', cases: next });
  }

  async removeCustomCase(index: number): Promise<void> {
    const problem = this.requireProblem();
    const cases = await this.readCustomCases(problem);
    if (index < 0 || index >= cases.length) return;
    cases.splice(index, 1);
    await fs.writeFile(this.customCasesPath(problem), serializeCustomCases(cases));
    this.panel.post({ type: 'customCases', cases });
  }

  // -------------------------------------------------------------------------------------------
  // Running

  /**
   * Runs the visible examples (and custom cases), or submits (every test). A request while a
   * run is going waits for it and then runs once (requests coalesce), so nothing runs twice at
   * the same time.
   */
  run(kind: RunKind): Promise<RunResult | undefined> {
    if (this.active) {
      if (!this.pending) this.pending = { kind, waiters: [] };
      else if (kind === 'submit') this.pending.kind = 'submit';
      const pending = this.pending;
      return new Promise((resolve) => pending.waiters.push(resolve));
    }
    const controller = new AbortController();
    const done = this.execute(kind, controller.signal).finally(() => {
      this.active = undefined;
      const next = this.pending;
      this.pending = undefined;
      if (next) void this.run(next.kind).then((r) => next.waiters.forEach((w) => w(r)));
    });
    this.active = { kind, controller, done };
    return done;
  }

  cancelRun(): void {
    if (this.pending) {
      for (const w of this.pending.waiters) w(undefined);
      this.pending = undefined;
    }
    this.active?.controller.abort();
  }

  private async execute(kind: RunKind, signal: AbortSignal): Promise<RunResult | undefined> {
    const record = this.requireRecord();
    const problem = this.requireProblem();
    const blocked = this.runBlockReason(problem);
    if (blocked) throw new UserError(blocked);
    if (problem.kind !== 'coding') return this.checkAnswer(record, problem, kind);

    // Run what is in the editor: save the solution document if it has unsaved changes.
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === record.solutionPath);
    if (doc?.isDirty) await doc.save();
    const code = await fs.readFile(record.solutionPath, 'utf8').catch(() => {
      throw new UserError(`The solution file ${record.solutionPath} is missing. Start the session again to recreate it from the starter.`);
    });

    const all = await this.catalog.testCases(problem);
    const custom = (await this.readCustomCases(problem)).flatMap((c, i): TestCase[] => {
      try {
        return [{ index: all.length + i, name: c.name, args: JSON.parse(c.args) as unknown[], expected: JSON.parse(c.expected) as unknown, hidden: false }];
      } catch {
        return [];
      }
    });
    const customNames = new Set(custom.map((c) => c.index));
    const cases = [...(kind === 'submit' ? all : all.filter((c) => !c.hidden)), ...custom];
    const argsText = new Map(cases.filter((c) => !c.hidden).map((c) => [c.index, formatArgs(c.args)]));
    const view = (r: CaseResult): CaseView => toCaseView(r, customNames.has(r.index), argsText.get(r.index));

    this.panel.post({ type: 'runStarted', kind, total: cases.length });
    this.diagnostics.delete(vscode.Uri.file(record.solutionPath));
    const pythonPath = this.settings.pythonPath();
    let result: RunResult;
    try {
      result = await this.judge.run({
        problem: scaleLimits(problem, this.settings.timeLimitScale()),
        cases,
        solutionPath: record.solutionPath,
        language: record.language,
        signal,
        ...(pythonPath ? { pythonPath } : {}),
        onCase: (r) => this.panel.post({ type: 'caseResult', kind, result: view(r) }),
      });
    } catch (err) {
      this.panel.post({ type: 'runFinished', summary: { kind, verdict: 'error', passed: 0, total: cases.length, durationMs: 0, error: { message: err instanceof Error ? err.message : String(err) } }, cases: [] });
      throw err;
    }
    if (signal.aborted) {
      this.panel.post({ type: 'runFinished', summary: { kind, verdict: 'cancelled', passed: 0, total: cases.length, durationMs: result.durationMs }, cases: [] });
      return undefined;
    }
    const views = result.cases.map(view);
    this.panel.post({
      type: 'runFinished',
      summary: {
        kind,
        verdict: result.verdict,
        passed: result.passed,
        total: result.total,
        durationMs: result.durationMs,
        ...(result.error ? { error: { message: result.error.message, ...(result.error.hint ? { hint: result.error.hint } : {}) } } : {}),
      },
      cases: views,
    });
    this.showRuntimeDiagnostics(record.solutionPath, result.cases);

    // Only cases of the problem count for the attempt (custom cases are the user's own).
    const official = result.cases.filter((c) => !customNames.has(c.index));
    if (this.record && result.verdict !== 'error') {
      this.record = { ...this.record, attemptId: await this.recorder.recordRun(this.record, kind, result, official, code, this.clock()) };
      await this.persist();
    }

    const failedNuance = official.find((c) => c.hidden && c.verdict !== 'pass' && c.nuance)?.nuance;
    if (kind === 'submit' && failedNuance) {
      this.focusNuance = failedNuance;
      this.pushHints();
      await this.hints.reveal();
    }
    if (kind === 'submit' && result.verdict === 'pass' && official.length > 0 && official.every((c) => c.verdict === 'pass')) {
      const problemTitle = problem.title;
      void vscode.window.showInformationMessage(`All ${official.length} tests of "${problemTitle}" passed in ${formatClock(usedMs(this.requireRecord().timer, this.clock()))}.`, 'End Session', 'Keep Practising').then((choice) => {
        if (choice === 'End Session') void this.end('solved');
      });
    }
    this.changed.fire();
    return result;
  }

  /**
   * Discussion rounds: the answer file is checked against the rubric (design: keywords per
   * phase; behavioral: STAR-C sections). The result is shown and recorded like a run whose
   * cases are the phases.
   */
  private async checkAnswer(record: SessionRecord, problem: DesignProblem | BehavioralProblem, kind: RunKind): Promise<RunResult> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === record.solutionPath);
    if (doc?.isDirty) await doc.save();
    const t0 = Date.now();
    const answer = await fs.readFile(record.solutionPath, 'utf8');
    const template = await loadTemplate(problem);
    const items = problem.kind === 'design' ? designCoverage(answer, template, await loadRubric(problem)) : behavioralCoverage(answer, template);
    const cases: CaseResult[] = items.map((it, index) => ({
      index,
      name: it.title,
      hidden: false,
      verdict: it.covered ? 'pass' : 'wrong_answer',
      timeMs: 0,
      message: it.covered ? `Covered: ${it.found.join(', ')}` : `Not covered yet. Consider: ${it.missing.join(', ')}`,
      stdout: '',
      stderr: '',
    }));
    const passed = cases.filter((c) => c.verdict === 'pass').length;
    const result: RunResult = { verdict: passed === cases.length ? 'pass' : 'fail', passed, total: cases.length, durationMs: Date.now() - t0, cases, language: 'python' };
    this.panel.post({ type: 'runStarted', kind, total: cases.length });
    this.panel.post({
      type: 'runFinished',
      summary: { kind, verdict: result.verdict, passed, total: cases.length, durationMs: result.durationMs },
      cases: cases.map((c) => toCaseView(c, false, undefined)),
    });
    if (this.record) {
      this.record = { ...this.record, attemptId: await this.recorder.recordRun(this.record, kind, result, cases, answer, this.clock()) };
      await this.persist();
    }
    this.changed.fire();
    return result;
  }

  private showRuntimeDiagnostics(file: string, cases: CaseResult[]): void {
    const uri = vscode.Uri.file(file);
    const seen = new Set<number>();
    const diags: vscode.Diagnostic[] = [];
    for (const c of cases) {
      if ((c.verdict !== 'runtime_error' && c.verdict !== 'compile_error') || !c.line || seen.has(c.line)) continue;
      seen.add(c.line);
      const line = Math.max(0, c.line - 1);
      const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), `${c.verdict === 'compile_error' ? 'Compile error' : 'Runtime error'} (${c.name}): ${firstLine(c.message)}`, vscode.DiagnosticSeverity.Error);
      d.source = 'ML Prep';
      diags.push(d);
    }
    this.diagnostics.set(uri, diags);
  }

  // -------------------------------------------------------------------------------------------
  // Hints

  private pushHints(): void {
    this.hints.update(this.hintsMessage());
  }

  hintsMessage(): HostToHints {
    const record = this.record;
    const problem = record ? this.catalog.get(record.problemId) : undefined;
    if (!record || !problem) return { type: 'empty', reason: 'Start a timed session to see its hints and production-nuance cards here.' };
    const revealed = new Set(record.hints.map((h) => h.level));
    const hints = problem.kind === 'coding'
      ? problem.hints.map((h) => (revealed.has(h.level) ? { level: h.level, revealed: true, html: renderMarkdown(h.text) } : { level: h.level, revealed: false }))
      : [];
    const cards = problem.nuances.flatMap((id) => {
      const c = this.catalog.card(id);
      return c ? [{ id: c.id, title: c.title, whatHtml: renderMarkdown(c.what), symptomsHtml: renderMarkdown(c.symptoms), detectHtml: renderMarkdown(c.detect), fixHtml: renderMarkdown(c.fix), say: c.say }] : [];
    });
    return {
      type: 'hints',
      problemId: problem.id,
      title: problem.title,
      penaltyMinutes: this.settings.hintPenaltyMinutes(),
      hints,
      cards,
      ...(this.focusNuance ? { focusNuance: this.focusNuance } : {}),
    };
  }

  /**
   * Reveals a hint after the user confirms (the time penalty is said in the dialog). Earlier
   * levels must be revealed first. `confirmed` skips the dialog (scripts and tests).
   */
  async revealHint(level?: HintLevel, confirmed = false): Promise<boolean> {
    const record = this.requireRecord();
    const problem = this.requireProblem();
    if (problem.kind !== 'coding') throw new UserError('This round has no hint ladder.');
    const revealed = new Set(record.hints.map((h) => h.level));
    const next = HINT_LEVELS.find((l) => !revealed.has(l));
    const target = level ?? next;
    if (!target) {
      void vscode.window.showInformationMessage('All hints of this problem are revealed.');
      return false;
    }
    if (revealed.has(target)) return true;
    if (target !== next) throw new UserError(`Reveal the ${next} hint first.`);
    const penaltyMinutes = this.settings.hintPenaltyMinutes();
    if (!confirmed) {
      const cost = penaltyMinutes > 0 ? ` It costs ${penaltyMinutes} minute${penaltyMinutes === 1 ? '' : 's'} of your remaining time.` : '';
      const choice = await vscode.window.showWarningMessage(`Reveal the ${target} hint?${cost} Hints used are recorded with the attempt.`, { modal: true }, 'Reveal Hint');
      if (choice !== 'Reveal Hint') return false;
    }
    const current = this.requireRecord();
    const penaltyMs = Math.round(penaltyMinutes * 60_000);
    this.record = { ...current, timer: penalize(current.timer, penaltyMs), hints: [...current.hints, { level: target, at: this.clock(), penaltyMs }] };
    await this.persist();
    if (this.record.attemptId) await this.recorder.updateHints(this.record, this.clock());
    this.tick();
    this.postTimer();
    this.pushHints();
    this.changed.fire();
    return true;
  }

  async showHints(): Promise<void> {
    this.pushHints();
    await this.hints.reveal();
  }

  // -------------------------------------------------------------------------------------------
  // Messages from the webviews

  async onPanelMessage(m: PanelToHost): Promise<void> {
    switch (m.type) {
      case 'ready':
        if (this.record) await this.sendSession();
        return;
      case 'run':
      case 'submit':
        await this.run(m.type).catch((err: unknown) => this.reportError(err));
        return;
      case 'cancel':
        this.cancelRun();
        return;
      case 'pause':
        if (this.record?.timer.status === 'running') await this.togglePause();
        return;
      case 'resume':
        if (this.record?.timer.status === 'paused') await this.togglePause();
        return;
      case 'openSolution':
        if (this.record) await vscode.window.showTextDocument(vscode.Uri.file(this.record.solutionPath), { viewColumn: vscode.ViewColumn.One });
        return;
      case 'showHints':
        await this.showHints();
        return;
      case 'setLanguage':
        await this.setLanguage(m.language).catch((err: unknown) => this.reportError(err));
        return;
      case 'addCustomCase':
        await this.addCustomCase({ name: m.name, args: m.args, expected: m.expected }).catch((err: unknown) => this.reportError(err));
        return;
      case 'removeCustomCase':
        await this.removeCustomCase(m.index);
        return;
    }
  }

  async onHintsMessage(m: HintsToHost): Promise<void> {
    if (m.type === 'revealHint') await this.revealHint(m.level).catch((err: unknown) => this.reportError(err));
  }

  private reportError(err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    if (!(err instanceof UserError)) this.log.error('session', err);
    this.panel.post({ type: 'notice', level: 'error', text: message });
    void vscode.window.showErrorMessage(`ML Interview Prep: ${message}`);
  }

  dispose(): void {
    this.cancelRun();
    if (this.ticker) clearInterval(this.ticker);
    this.diagnostics.dispose();
    this.changed.dispose();
  }
}

function scaleLimits(problem: CodingProblem, scale: number): CodingProblem {
  if (!Number.isFinite(scale) || scale === 1) return problem;
  const timeMs = Math.round((problem.limits?.timeMs ?? 2000) * scale);
  return { ...problem, limits: { ...problem.limits, timeMs } };
}

function firstLine(s: string | undefined): string {
  return (s ?? '').split('\n').filter((l) => l.trim()).pop() ?? '';
}

/** Starter code for a JavaScript solution: the TypeScript starter without its type annotations. */
function stripTypesForStarter(ts: string): string {
  // Same approach the judge uses for TypeScript: sucrase removes types and keeps lines.
  return transform(ts, { transforms: ['typescript'], disableESTransforms: true }).code;
}

