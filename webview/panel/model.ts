/**
 * What the problem panel shows, and how each message from the host changes it. No DOM here:
 * the templates read this model, and re-rendering it leaves what the user is doing alone.
 */
import type { CardGrade, CaseView, CustomCaseView, DiscussionReport, HostToPanel, InterpreterView, Language, ProblemView, QuickFireView, RoundView, RunKind, RunSummaryView, StorySuggestionView, TimerView } from '../../src/protocol';

export type Tab = 'statement' | 'results' | 'custom';

export interface Notice {
  level: 'info' | 'warning' | 'error';
  text: string;
}

/** The custom-case form: what the user typed, kept until a case is added or the problem changes. */
export interface CaseForm {
  name: string;
  args: string;
  expected: string;
  error: string;
  /** An add was sent: the next list of custom cases from the host confirms it and empties the form. */
  adding: boolean;
}

export interface PanelModel {
  problem: ProblemView | undefined;
  language: Language;
  solutionFile: string;
  interviewMode: boolean;
  canRun: boolean;
  /** Why running is disabled, shown as a warning. */
  runDisabledReason: string | undefined;
  customCases: CustomCaseView[];
  timer: TimerView | undefined;
  /** When the timer snapshot arrived (webview clock): the countdown runs locally from there. */
  timerReceivedAt: number;
  running: RunKind | undefined;
  runTotal: number;
  liveCases: CaseView[];
  lastSummary: RunSummaryView | undefined;
  lastCases: CaseView[];
  /** Changes whenever a new list of results begins: their rows start from their default state. */
  resultsGeneration: number;
  notice: Notice | undefined;
  /** The Python interpreter that runs the code (Python solutions only). */
  interpreter: InterpreterView | undefined;
  tab: Tab;
  form: CaseForm;
  /** The stages of a design or behavioral round. */
  round: RoundView | undefined;
  suggestions: StorySuggestionView[];
  bankStatus: string;
  /** The report of the last Check answer, and the user's self-scores. */
  report: DiscussionReport | undefined;
  selfScores: Record<string, number>;
  /** The explain-it card being practised: answer revealed, key points ticked, the grade sent. */
  card: CardState;
  quickFire: QuickFireView | undefined;
  /** When the quick-fire snapshot arrived (webview clock). */
  quickFireReceivedAt: number;
}

export interface CardState {
  revealed: boolean;
  ticked: number[];
  /** Sent to the host; the buttons wait for the next card or the confirmation. */
  sent: CardGrade | undefined;
  graded: { grade: CardGrade; nextReview: string } | undefined;
}

export function emptyCard(): CardState {
  return { revealed: false, ticked: [], sent: undefined, graded: undefined };
}

/** An explain-it card: question, reveal, checklist and self-grade instead of tabs. */
export function isCard(model: PanelModel): boolean {
  return model.problem?.kind === 'concept';
}

/** Remaining ms of the quick-fire run's overall clock, counted down locally. */
export function quickFireRemaining(model: PanelModel, now: number): number {
  const q = model.quickFire;
  if (!q) return 0;
  return q.endsAt - q.at - (now - model.quickFireReceivedAt);
}

/** Ticks or unticks a key point. */
export function toggleKeyPoint(card: CardState, index: number): void {
  card.ticked = card.ticked.includes(index) ? card.ticked.filter((i) => i !== index) : [...card.ticked, index].sort((a, b) => a - b);
}

export function emptyForm(): CaseForm {
  return { name: '', args: '', expected: '', error: '', adding: false };
}

export function initialModel(tab: Tab): PanelModel {
  return {
    problem: undefined,
    language: 'python',
    solutionFile: '',
    interviewMode: false,
    canRun: true,
    runDisabledReason: undefined,
    customCases: [],
    timer: undefined,
    timerReceivedAt: 0,
    running: undefined,
    runTotal: 0,
    liveCases: [],
    lastSummary: undefined,
    lastCases: [],
    resultsGeneration: 0,
    notice: undefined,
    interpreter: undefined,
    tab,
    form: emptyForm(),
    round: undefined,
    suggestions: [],
    bankStatus: '',
    report: undefined,
    selfScores: {},
    card: emptyCard(),
    quickFire: undefined,
    quickFireReceivedAt: 0,
  };
}

/** The current stage of the round now: its index, time left (negative in overtime). */
export function stageNow(model: PanelModel, now: number): { index: number; remainingMs: number; elapsedMs: number } | undefined {
  const r = model.round;
  const t = model.timer;
  if (!r || !t) return undefined;
  const stage = r.stages[r.index];
  if (!stage) return undefined;
  const used = t.budgetMs - remainingNow(model, now);
  const elapsedMs = Math.max(0, used - r.startedAtUsedMs);
  return { index: r.index, remainingMs: stage.budgetMs - elapsedMs, elapsedMs };
}

/** A discussion round (design, behavioral): no Run, no language, no custom cases. */
export function isDiscussion(model: PanelModel): boolean {
  return model.problem !== undefined && model.problem.kind !== 'coding';
}

/** Remaining ms now, counted down locally from the last snapshot while the timer runs. */
export function remainingNow(model: PanelModel, now: number): number {
  const t = model.timer;
  if (!t) return 0;
  return t.status === 'running' ? t.remainingMs - (now - model.timerReceivedAt) : t.remainingMs;
}

/** Running is disabled (e.g. Restricted Mode): the reason stays in view as a warning. */
function noticeRunDisabled(model: PanelModel): void {
  if (!model.canRun && model.runDisabledReason) model.notice = { level: 'warning', text: model.runDisabledReason };
}

/** Applies one message of the host to the model. */
export function applyMessage(model: PanelModel, m: HostToPanel, now: number): void {
  switch (m.type) {
    case 'session':
      if (model.problem?.id !== m.problem.id) {
        // Another problem: the previous problem's results and unsent case do not belong here.
        model.lastSummary = undefined;
        model.lastCases = [];
        model.liveCases = [];
        model.resultsGeneration++;
        model.form = emptyForm();
        model.round = undefined;
        model.suggestions = [];
        model.report = undefined;
        model.selfScores = {};
        model.card = emptyCard();
        if (model.problem) model.tab = 'statement';
      }
      model.quickFire = m.quickFire;
      model.quickFireReceivedAt = now;
      model.problem = m.problem;
      model.language = m.language;
      model.solutionFile = m.solutionFile;
      model.interviewMode = m.interviewMode;
      model.canRun = m.canRun;
      model.runDisabledReason = m.runDisabledReason;
      model.customCases = m.customCases;
      if (model.canRun) model.notice = undefined;
      noticeRunDisabled(model);
      return;
    case 'timer':
      model.timer = m.timer;
      model.timerReceivedAt = now;
      return;
    case 'runStarted':
      model.running = m.kind;
      model.runTotal = m.total;
      model.liveCases = [];
      model.resultsGeneration++;
      model.notice = undefined;
      noticeRunDisabled(model);
      model.tab = 'results';
      return;
    case 'caseResult':
      model.liveCases = [...model.liveCases, m.result];
      return;
    case 'runFinished':
      model.running = undefined;
      model.lastSummary = m.summary;
      model.lastCases = m.cases;
      model.resultsGeneration++;
      noticeRunDisabled(model);
      model.tab = 'results';
      return;
    case 'cardGraded':
      model.card.graded = { grade: m.grade, nextReview: m.nextReview };
      model.card.sent = m.grade;
      if (m.last) model.quickFire = undefined;
      return;
    case 'customCases':
      model.customCases = m.cases;
      if (model.form.adding) model.form = emptyForm();
      return;
    case 'interpreter':
      model.interpreter = m.interpreter;
      return;
    case 'round':
      model.round = m.round;
      model.suggestions = m.suggestions;
      model.bankStatus = m.bankStatus;
      return;
    case 'report':
      model.report = m.report;
      model.selfScores = m.selfScores;
      return;
    case 'notice':
      model.notice = { level: m.level, text: m.text };
      // A failed add is reported as an error: the form keeps what the user typed.
      if (m.level === 'error') {
        model.form.adding = false;
        // A grade that could not be recorded can be sent again.
        if (!model.card.graded) model.card.sent = undefined;
      }
      return;
  }
}
