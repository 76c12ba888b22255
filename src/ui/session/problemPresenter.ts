import * as vscode from 'vscode';
import type { RunResult } from '../../core/judge/judge';
import { offeredLanguages } from '../../core/problems/catalogue';
import type { CodingProblem, ConceptProblem, Problem, TestCase } from '../../core/problems/schema';
import type { SessionRecord } from '../../core/session/session';
import { markdown } from '../render';
import { remainingMs } from '../../core/session/timer';
import { runBlockedReason } from '../../core/session/trust';
import { formatArgs, formatValue } from '../../core/session/views';
import type { RunKind } from '../../core/vocabulary';
import { loadAnswer } from '../../core/problems/loader';
import type { CardGrade } from '../../core/vocabulary';
import type { BriefView, CardView, CaseView, CustomCaseView, ExampleView, HostToPanel, QuickFireView } from '../../protocol';
import { askQuestion, openStatement } from '../../core/session/clarifications';
import type { Catalog } from '../catalog';
import type { ProblemPanel } from '../problemPanel';
import type { CustomCases } from './customCases';
import type { InterpreterStatus } from './interpreterStatus';
import type { SessionEnded, SessionState } from './sessionState';

/**
 * What the problem panel shows: the running session's problem as a `ProblemView`, its timer,
 * the runs as they go, custom cases and notices. Statements are rendered once per problem.
 */
export class ProblemPresenter implements vscode.Disposable {
  private readonly statementHtml = new Map<string, { source: string; html: string }>();
  private readonly subscriptions: vscode.Disposable[];
  /** The quick-fire run around the running card, if any (set by the card sessions). */
  quickFire: () => QuickFireView | undefined = () => undefined;

  constructor(
    private readonly panel: ProblemPanel,
    private readonly catalog: Catalog,
    private readonly session: SessionState,
    private readonly customCases: CustomCases,
    private readonly interpreter?: InterpreterStatus,
  ) {
    this.subscriptions = [session.onDidChangeTimer(() => this.postTimer()), session.onDidEnd((e) => this.showEnded(e))];
  }

  /**
   * Tells the panel which interpreter runs the session's Python code and which required
   * modules it lacks (after the session message: probing an interpreter takes a moment).
   */
  async postInterpreter(): Promise<void> {
    const record = this.session.current;
    if (!record || !this.interpreter) return;
    const problem = this.catalog.get(record.problemId);
    if (problem?.kind !== 'coding' || record.language !== 'python') {
      this.panel.post({ type: 'interpreter', interpreter: undefined });
      return;
    }
    const { view } = await this.interpreter.describe(problem, record.solutionPath);
    if (this.session.current === record) this.panel.post({ type: 'interpreter', interpreter: view });
  }

  open(title: string, column: vscode.ViewColumn): void {
    this.panel.open(title, column);
  }

  whenReady(): Promise<void> {
    return this.panel.whenReady();
  }

  /** Re-opens the panel of the running session (e.g. after the user closed it). */
  async showPanel(): Promise<void> {
    const { problem } = this.session.requireProblem();
    this.panel.open(problem.title, vscode.ViewColumn.Beside);
    await this.sendSession();
  }

  /** Re-attaches a panel that VS Code restored after a reload (closed when no session runs). */
  async revive(webviewPanel: vscode.WebviewPanel): Promise<void> {
    this.panel.adopt(webviewPanel);
    if (!this.session.current) {
      webviewPanel.dispose();
      return;
    }
    await this.sendSession();
  }

  /**
   * Posts the session to the panel. The statement goes first; the examples follow as soon as
   * the tests are parsed (a problem with large hidden tests takes a moment), so that the panel
   * never waits for them.
   */
  async sendSession(): Promise<void> {
    if (!this.session.current) return;
    const { record, problem } = this.session.requireProblem();
    const statement = await this.catalog.statement(problem).catch((err: unknown) => `*The statement could not be read: ${String(err instanceof Error ? err.message : err)}*`);
    const blocked = runBlockedReason(problem.kind, vscode.workspace.isTrusted);
    const customCases: CustomCaseView[] = (await this.customCases.read(problem)).map((c) => ({ name: c.name, args: c.args, expected: c.expected }));
    const statementHtml = this.renderStatement(problem.id, statement);
    const card = problem.kind === 'concept' ? await this.cardView(problem) : undefined;
    const brief = problem.kind === 'coding' && record.clarifications ? await this.briefView(problem, record.clarifications) : undefined;
    const quickFire = problem.kind === 'concept' ? this.quickFire() : undefined;
    const message = (examples: ExampleView[]): HostToPanel => ({
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
        statementHtml,
        examples,
        ...(card ? { card } : {}),
        ...(brief ? { brief } : {}),
      },
      language: record.language,
      solutionFile: record.solutionPath,
      interviewMode: record.interviewMode,
      canRun: blocked === undefined,
      ...(blocked ? { runDisabledReason: blocked } : {}),
      customCases,
      ...(quickFire ? { quickFire } : {}),
    });
    await this.postWithExamples(problem, message);
    this.postTimer();
    void this.postInterpreter().catch(() => undefined);
  }

  private async postWithExamples(problem: Problem, message: (examples: ExampleView[]) => HostToPanel): Promise<void> {
    if (problem.kind !== 'coding') {
      this.panel.post(message([]));
      return;
    }
    const cached = this.catalog.hasTests(problem);
    const tests = this.catalog.testCases(problem);
    const examplesOf = (cases: TestCase[]): ExampleView[] => cases.filter((c) => !c.hidden).map((c) => ({ name: c.name, args: formatArgs(c.args), expected: formatValue(c.expected) }));
    if (cached) {
      this.panel.post(message(examplesOf(await tests)));
      return;
    }
    this.panel.post(message([]));
    void tests.then(
      (cases) => {
        if (this.session.current?.problemId === problem.id) this.panel.post(message(examplesOf(cases)));
      },
      (err: unknown) => this.notice('error', `The tests of this problem could not be read: ${err instanceof Error ? err.message : String(err)}`),
    );
  }

  /** The brief as the panel shows it: the prompt, the questions, the answers asked so far. */
  private async briefView(problem: CodingProblem, c: NonNullable<SessionRecord['clarifications']>): Promise<BriefView | undefined> {
    const brief = await this.catalog.brief(problem).catch(() => undefined);
    if (!brief) return undefined;
    const asked = new Set(c.asked.map((a) => a.id));
    const byId = new Map(brief.questions.map((q) => [q.id, q]));
    return {
      promptHtml: this.renderStatement(`${problem.id}#brief`, brief.prompt),
      questions: brief.questions.map((q) => ({ id: q.id, ask: q.ask, asked: asked.has(q.id) })),
      answers: c.asked.flatMap((a) => {
        const q = byId.get(a.id);
        return q ? [{ id: q.id, ask: q.ask, answerHtml: this.renderStatement(`${problem.id}#brief-${q.id}`, q.answer) }] : [];
      }),
      fullStatement: c.fullStatementAt !== undefined,
    };
  }

  /** Asks a clarifying question of the running brief (an unknown or repeated id changes nothing). */
  async askQuestion(id: string): Promise<void> {
    const { record, problem } = this.session.requireProblem();
    if (problem.kind !== 'coding' || !record.clarifications) return;
    const brief = await this.catalog.brief(problem).catch(() => undefined);
    if (!brief) return;
    const next = askQuestion(record.clarifications, brief, id, this.session.now());
    if (next === record.clarifications) return;
    await this.session.update((r) => ({ ...r, clarifications: next }));
    await this.sendSession();
  }

  /** Opens the full statement of the running brief. */
  async openFullStatement(): Promise<void> {
    const record = this.session.current;
    if (!record?.clarifications || record.clarifications.fullStatementAt !== undefined) return;
    const next = openStatement(record.clarifications, this.session.now());
    await this.session.update((r) => ({ ...r, clarifications: next }));
    await this.sendSession();
  }

  /** The back of a card: the rendered model answer, key points, mistakes, related links that exist. */
  private async cardView(problem: ConceptProblem): Promise<CardView> {
    const answer = await loadAnswer(problem).catch((err: unknown) => `*The model answer could not be read: ${String(err instanceof Error ? err.message : err)}*`);
    const related = problem.related.flatMap((id) => {
      const p = this.catalog.get(id);
      return p ? [{ id, title: p.title, kind: p.kind }] : [];
    });
    return { answerHtml: this.renderStatement(`${problem.id}#answer`, answer), keyPoints: problem.keyPoints, mistakes: problem.mistakes, related };
  }

  cardGraded(grade: CardGrade, nextReview: string, last: boolean): void {
    this.panel.post({ type: 'cardGraded', grade, nextReview, last });
  }

  /** Rendered statements, kept per problem (KaTeX rendering of a long statement takes a while). */
  private renderStatement(id: string, source: string): string {
    const cached = this.statementHtml.get(id);
    if (cached?.source === source) return cached.html;
    const html = markdown().renderMarkdown(source);
    this.statementHtml.set(id, { source, html });
    return html;
  }

  postTimer(): void {
    const record = this.session.current;
    if (!record) return;
    const now = this.session.now();
    this.panel.post({ type: 'timer', timer: { status: record.timer.status, remainingMs: remainingMs(record.timer, now), at: Date.now(), budgetMs: record.timer.budgetMs } });
  }

  private showEnded({ reason, timer, now }: SessionEnded): void {
    this.panel.post({ type: 'timer', timer: { status: 'stopped', remainingMs: remainingMs(timer, now), at: Date.now(), budgetMs: timer.budgetMs } });
    if (reason === 'stopped') this.notice('info', 'Session stopped. Your solution file stays where it is; the attempt is in Past Attempts.');
  }

  runStarted(kind: RunKind, total: number): void {
    this.panel.post({ type: 'runStarted', kind, total });
  }

  caseDecided(kind: RunKind, result: CaseView): void {
    this.panel.post({ type: 'caseResult', kind, result });
  }

  runFinished(kind: RunKind, result: RunResult, cases: CaseView[]): void {
    const error = result.error ? { error: { message: result.error.message, ...(result.error.hint ? { hint: result.error.hint } : {}) } } : {};
    this.panel.post({ type: 'runFinished', summary: { kind, verdict: result.verdict, passed: result.passed, total: result.total, durationMs: result.durationMs, ...error }, cases });
  }

  runCancelled(kind: RunKind, total: number, durationMs: number): void {
    this.panel.post({ type: 'runFinished', summary: { kind, verdict: 'cancelled', passed: 0, total, durationMs }, cases: [] });
  }

  runFailed(kind: RunKind, total: number, err: unknown): void {
    this.panel.post({ type: 'runFinished', summary: { kind, verdict: 'error', passed: 0, total, durationMs: 0, error: { message: err instanceof Error ? err.message : String(err) } }, cases: [] });
  }

  showCustomCases(cases: CustomCaseView[]): void {
    this.panel.post({ type: 'customCases', cases });
  }

  notice(level: 'info' | 'warning' | 'error', text: string): void {
    this.panel.post({ type: 'notice', level, text });
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
