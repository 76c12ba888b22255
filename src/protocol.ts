/**
 * Messages between the extension host and its webviews, in one file.
 *
 * Webview code imports this file with `import type` only (the zod schemas stay on the host).
 * Every message from a webview is checked against these schemas before anything acts on it.
 */
import { z } from 'zod';

/** Largest message a webview may send, in characters of its JSON form. */
export const MAX_WEBVIEW_MESSAGE_CHARS = 256 * 1024;

import { CARD_GRADES, LANGUAGES, ROUNDS, type CardGrade, type HintLevel, type JudgeVerdict, type Language, type RunKind } from './core/vocabulary';
import type { DiscussionReport } from './core/session/discussionReport';

export type { CardGrade, HintLevel, JudgeVerdict, Language, RunKind };
export type { BehavioralReport, DesignReport, DiscussionReport, PhaseReport, StarcReport } from './core/session/discussionReport';

// ---------------------------------------------------------------------------------------------
// Problem panel

export interface TimerView {
  status: 'running' | 'paused' | 'stopped';
  /** Remaining ms at `at` (host epoch ms); negative in overtime. The webview counts down locally. */
  remainingMs: number;
  at: number;
  budgetMs: number;
}

export interface ExampleView {
  name: string;
  args: string;
  expected: string;
}

export interface CustomCaseView {
  name: string;
  args: string;
  expected: string;
}

export interface ProblemView {
  id: string;
  title: string;
  kind: 'coding' | 'design' | 'behavioral' | 'concept';
  difficulty: 'easy' | 'medium' | 'hard';
  round: string;
  category: string;
  tags: string[];
  nuances: { id: string; title: string }[];
  suggestedMinutes: number;
  languages: Language[];
  requires: string[];
  /** Rendered by markdown-it with `html: false` on the host; contains no raw HTML of the author. */
  statementHtml: string;
  examples: ExampleView[];
  /** Explain-it cards only: the model answer and what the user ticks and reads after revealing it. */
  card?: CardView;
  /** A coding problem practised from its interview-style brief. */
  brief?: BriefView;
}

/**
 * An interview-style brief: the short prompt, the clarifying questions (which ones matter most is
 * not shown), the answers to the ones asked (in the order asked), and whether the full statement
 * is open. Markdown is rendered on the host like the statement.
 */
export interface BriefView {
  promptHtml: string;
  questions: { id: string; ask: string; asked: boolean }[];
  answers: { id: string; ask: string; answerHtml: string }[];
  fullStatement: boolean;
}

/** The back of an explain-it card (rendered on the host like the statement). */
export interface CardView {
  answerHtml: string;
  keyPoints: string[];
  mistakes: string[];
  /** Related problems and cards that exist in the catalogue. */
  related: { id: string; title: string; kind: string }[];
}

/** A quick-fire run around the card: its position and the overall clock. */
export interface QuickFireView {
  index: number;
  count: number;
  /** Host epoch ms when the run's overall time is up. */
  endsAt: number;
  /** Host epoch ms when this snapshot was taken (the webview counts down locally from it). */
  at: number;
}

export interface CaseView {
  index: number;
  name: string;
  hidden: boolean;
  custom: boolean;
  nuance?: string;
  verdict: JudgeVerdict;
  timeMs: number;
  message?: string;
  /** Shown only for visible and custom cases. */
  args?: string;
  expected?: string;
  actual?: string;
  stdout?: string;
  stderr?: string;
  traceback?: string;
  truncated?: boolean;
}

export interface RunSummaryView {
  kind: RunKind;
  verdict: 'pass' | 'fail' | 'error' | 'cancelled';
  passed: number;
  total: number;
  durationMs: number;
  error?: { message: string; hint?: string };
}

/** The interpreter that runs this problem's Python code, and the required modules it lacks. */
export interface InterpreterView {
  /** e.g. "Python 3.12.3 · /usr/bin/python3"; or why none was found. */
  label: string;
  /** Where it comes from: "PATH (python3, then python)", "the mlprep.pythonPath setting"… */
  origin: string;
  found: boolean;
  /** Modules of the problem's `requires` it cannot import. */
  missing: string[];
}

/** The stages of a timed discussion round (phases, or the answer and its follow-ups). */
export interface RoundView {
  round: 'design' | 'behavioral';
  stages: { id: string; title: string; budgetMs: number }[];
  /** The current stage; `stages.length` once all are done. */
  index: number;
  /** Session time used when the current stage began (the webview counts on from the timer). */
  startedAtUsedMs: number;
  /** Time taken by each finished stage. */
  spentMs: number[];
}

/** A story of the bank that fits the behavioral prompt (the panel opens it by index). */
export interface StorySuggestionView {
  title: string;
  competencies: string[];
  failure: boolean;
}

export type HostToPanel =
  | {
      type: 'session';
      problem: ProblemView;
      language: Language;
      solutionFile: string;
      interviewMode: boolean;
      canRun: boolean;
      /** Why running is disabled (e.g. Restricted Mode), shown in the panel. */
      runDisabledReason?: string;
      customCases: CustomCaseView[];
      quickFire?: QuickFireView;
    }
  | { type: 'timer'; timer: TimerView }
  | { type: 'cardGraded'; grade: CardGrade; nextReview: string; last: boolean }
  | { type: 'runStarted'; kind: RunKind; total: number }
  | { type: 'caseResult'; kind: RunKind; result: CaseView }
  | { type: 'runFinished'; summary: RunSummaryView; cases: CaseView[] }
  | { type: 'customCases'; cases: CustomCaseView[] }
  | { type: 'notice'; level: 'info' | 'warning' | 'error'; text: string }
  | { type: 'interpreter'; interpreter: InterpreterView | undefined }
  | { type: 'round'; round: RoundView | undefined; suggestions: StorySuggestionView[]; bankStatus: string }
  | { type: 'report'; report: DiscussionReport | undefined; selfScores: Record<string, number> };

const languageSchema = z.enum(LANGUAGES);

export const panelToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  z.object({ type: z.literal('run') }).strict(),
  z.object({ type: z.literal('submit') }).strict(),
  z.object({ type: z.literal('cancel') }).strict(),
  z.object({ type: z.literal('pause') }).strict(),
  z.object({ type: z.literal('resume') }).strict(),
  z.object({ type: z.literal('openSolution') }).strict(),
  z.object({ type: z.literal('showHints') }).strict(),
  z.object({ type: z.literal('setLanguage'), language: languageSchema }).strict(),
  z
    .object({
      type: z.literal('addCustomCase'),
      name: z.string().max(80),
      args: z.string().max(64 * 1024),
      expected: z.string().max(64 * 1024),
    })
    .strict(),
  z.object({ type: z.literal('removeCustomCase'), index: z.number().int().min(0).max(999) }).strict(),
  z.object({ type: z.literal('explainInterpreter') }).strict(),
  z.object({ type: z.literal('nextPhase') }).strict(),
  z.object({ type: z.literal('selfScore'), id: z.string().regex(/^[a-z0-9-]{1,64}$/), score: z.number().int().min(0).max(3) }).strict(),
  z.object({ type: z.literal('openNuance'), id: z.string().regex(/^[a-z0-9-]{1,64}$/) }).strict(),
  z.object({ type: z.literal('openStory'), index: z.number().int().min(0).max(99) }).strict(),
  z.object({ type: z.literal('newStory') }).strict(),
  z.object({ type: z.literal('revealAnswer') }).strict(),
  z.object({ type: z.literal('askQuestion'), id: z.string().regex(/^[a-z0-9-]{1,64}$/) }).strict(),
  z.object({ type: z.literal('showStatement') }).strict(),
  z
    .object({
      type: z.literal('gradeCard'),
      grade: z.enum(CARD_GRADES),
      ticked: z.array(z.number().int().min(0).max(19)).max(20),
    })
    .strict(),
  z.object({ type: z.literal('openRelated'), id: z.string().regex(/^[a-z0-9-]{2,64}$/) }).strict(),
]);
export type PanelToHost = z.infer<typeof panelToHostSchema>;

/** UI state the problem panel keeps across reloads (navigation only; data is re-sent). */
export interface PanelState {
  problemId: string;
}

// ---------------------------------------------------------------------------------------------
// Hints view

export interface HintView {
  level: HintLevel;
  revealed: boolean;
  /** Rendered markdown, present once revealed. */
  html?: string;
}

export interface NuanceCardView {
  id: string;
  title: string;
  whatHtml: string;
  symptomsHtml: string;
  detectHtml: string;
  fixHtml: string;
  say: string;
}

export type HostToHints =
  | { type: 'empty'; reason: string }
  | {
      type: 'hints';
      problemId: string;
      title: string;
      penaltyMinutes: number;
      hints: HintView[];
      cards: NuanceCardView[];
      focusNuance?: string;
    };

export const hintsToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  z.object({ type: z.literal('revealHint'), level: z.enum(['concept', 'approach', 'pitfall']) }).strict(),
]);
export type HintsToHost = z.infer<typeof hintsToHostSchema>;

// ---------------------------------------------------------------------------------------------

/**
 * Checks a raw message from a webview: size first (before parsing anything), then shape.
 * Returns the typed message or a reason for the log.
 */
export function parseWebviewMessage<T>(schema: z.ZodType<T>, raw: unknown): { ok: true; message: T } | { ok: false; reason: string } {
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return { ok: false, reason: 'message is not serialisable' };
  }
  if (size > MAX_WEBVIEW_MESSAGE_CHARS) return { ok: false, reason: `message of ${size} characters exceeds the limit of ${MAX_WEBVIEW_MESSAGE_CHARS}` };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `invalid message${issue ? ` at ${issue.path.join('.') || '(root)'}: ${issue.message}` : ''}` };
  }
  return { ok: true, message: parsed.data };
}

// ---------------------------------------------------------------------------------------------
// Progress dashboard

export interface RoundProgressView {
  round: string;
  title: string;
  attempts: number;
  solveRate: number | null;
  averageScore: number | null;
  /** Average time used ÷ budget (1 = on budget). */
  timeVsBudget: number | null;
  averageSelfRating: number | null;
}

export interface WeekProgressView {
  label: string;
  /** Start of the ISO week, epoch seconds (chart x axis). */
  start: number;
  attempts: number;
  solveRate: number | null;
  averageScore: number | null;
}

export type HostToProgress = {
  type: 'stats';
  totalAttempts: number;
  rounds: RoundProgressView[];
  trend: WeekProgressView[];
  weakest: { round: string; title: string; averageScore: number | null; reason: string } | null;
  streak: { current: number; longest: number };
  reviewDue: number;
  /** The next reviews (FSRS), due ones first. */
  reviewQueue: ReviewQueueItemView[];
  /** Mock loops over time (oldest first): score per round kind, overruns. */
  loops?: { startedAt: string; level: string; status: string; rounds: { round: string; score: number; overMs: number }[] }[];
  latestDebrief?: { startedAt: string; level: string; wentWell: string; hesitated: string; change: string; focus: string } | null;
};

export interface ReviewQueueItemView {
  id: string;
  title: string;
  kind: string;
  dueAt: string;
  due: boolean;
  reason: string;
}

export const progressToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  z.object({ type: z.literal('practise'), round: z.enum(ROUNDS) }).strict(),
]);
export type ProgressToHost = z.infer<typeof progressToHostSchema>;

// ---------------------------------------------------------------------------------------------
// Mock loop panel: the loop's timeline, the break between rounds, the debrief, the study plan

export interface LoopStepView {
  round: string;
  title: string;
  problemTitle: string;
  budgetMs: number;
  state: 'done' | 'current' | 'next';
  timeUsedMs: number | null;
  verdict: 'pass' | 'fail' | 'incomplete' | null;
  score: number | null;
}

export interface DebriefRoundView {
  round: string;
  title: string;
  problemTitle: string;
  verdict: 'pass' | 'fail' | 'incomplete';
  score: number;
  passed: number;
  total: number;
  budgetMs: number;
  timeUsedMs: number;
  hintsUsed: number;
  endedBy: 'submit' | 'time' | 'abandoned';
}

export interface ComponentView {
  id: 'coding' | 'concepts' | 'data' | 'design' | 'behavioral';
  title: string;
}

export interface StudyItemView {
  round: string;
  kind: 'problem' | 'review' | 'design-prompt' | 'story' | 'mock-loop';
  problemId?: string;
  reason: string;
  done: boolean;
}

export type HostToLoop =
  | { type: 'empty'; reason: string }
  | {
      type: 'loop';
      level: string;
      phase: 'round' | 'break';
      label: string;
      position: number;
      total: number;
      /** Remaining ms of the round or break at `at` (host epoch ms); the page counts down locally. */
      remainingMs: number;
      at: number;
      steps: LoopStepView[];
      next: string | null;
      deepDive: string | null;
    }
  | {
      type: 'debrief';
      level: string;
      status: 'running' | 'completed' | 'abandoned';
      startedAt: string;
      rounds: DebriefRoundView[];
      mostOver: { index: number; overMs: number } | null;
      weakest: { index: number; score: number; component: string } | null;
      components: ComponentView[];
      saved: { wentWell: string; hesitated: string; change: string; ratings: Partial<Record<ComponentView['id'], number>>; focus: { component: string; reason: string } } | null;
    }
  | {
      type: 'plan';
      weekOf: string;
      level: string;
      items: StudyItemView[];
      lastWeek: { weekOf: string; items: StudyItemView[] } | null;
      confidence: { weekOf: string; ratings: Record<ComponentView['id'], number> }[];
      components: ComponentView[];
    };

const ratingValue = z.int().min(1).max(4);
export const loopToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  z.object({ type: z.literal('nextRound') }).strict(),
  z.object({ type: z.literal('abandon') }).strict(),
  z.object({ type: z.literal('startLoop') }).strict(),
  z
    .object({
      type: z.literal('debrief'),
      wentWell: z.string().max(4000),
      hesitated: z.string().max(4000),
      change: z.string().max(4000),
      ratings: z.object({ coding: ratingValue, concepts: ratingValue, data: ratingValue, design: ratingValue, behavioral: ratingValue }).partial().strict(),
    })
    .strict(),
  z.object({ type: z.literal('openProblem'), problemId: z.string().regex(/^[a-z0-9-]+$/) }).strict(),
]);
export type LoopToHost = z.infer<typeof loopToHostSchema>;
