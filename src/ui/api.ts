import type * as vscode from 'vscode';
import type { AttemptSummary } from '../core/history/model';
import type { HistoryStore } from '../core/history/store';
import type { Diagnostic } from '../core/problems/loader';
import type { PackSource } from '../core/problems/packs';
import type { PackDiagnostics } from './packDiagnostics';
import type { InterpreterChoice, InterpreterSelector, PythonEnvironmentsApi } from './pythonInterpreter';
import type { Problem } from '../core/problems/schema';
import type { HintLevel, Language, RunKind } from '../core/vocabulary';
import type { HostToHints, InterpreterView } from '../protocol';
import type { InterpreterStatus } from './session/interpreterStatus';
import type { AttemptsTree } from './attemptsTree';
import type { Catalog } from './catalog';
import type { Failure } from './failures';
import type { HintsView } from './hintsView';
import type { ProblemPanel } from './problemPanel';
import type { ProblemsTree } from './problemsTree';
import type { ProgressPanel } from './progressPanel';
import type { RunCoordinator } from './session/runCoordinator';
import type { OpenTimings, SessionState } from './session/sessionState';
import type { SessionStatusBar } from './statusBar';
import type { StoriesTree } from './stories/storiesTree';
import type { LoopRecord } from '../core/history/loopRecord';
import type { LoopStore } from '../core/history/loopStore';
import type { LoopTimeline } from '../core/session/loop';
import type { HostToLoop } from '../protocol';
import type { LoopPanel } from './loopPanel';
import type { LoopController } from './session/loopController';

/** The running session as scripts see it: a copy taken when asked, times in ms. */
export interface SessionSnapshot {
  /** The mock loop the session is a round of. */
  readonly loopId?: string;
  readonly problemId: string;
  readonly language: Language;
  readonly solutionPath: string;
  readonly interviewMode: boolean;
  /** The attempt in the history, once the session has run. */
  readonly attemptId?: string;
  /** The stages of a design or behavioral round: the current index and the stage ids. */
  readonly stages?: { readonly round: 'design' | 'behavioral'; readonly index: number; readonly ids: readonly string[] };
  /** Remaining time at the moment of the call (negative in overtime). */
  readonly timer: { readonly status: 'running' | 'paused' | 'stopped'; readonly remainingMs: number; readonly budgetMs: number };
  readonly hints: readonly { readonly level: HintLevel; readonly penaltyMs: number }[];
  /** The session's Run or Submit in progress. */
  readonly running?: RunKind;
  /** How long the start took (absent for a session restored after a reload). */
  readonly opened?: Readonly<OpenTimings>;
}

/** What the user sees, read-only (plus closing the problem panel). */
export interface ViewsApi {
  readonly problemPanel: { readonly isOpen: boolean; readonly rejectedMessages: number; whenReady(): Promise<void>; close(): void };
  readonly hints: { readonly isVisible: boolean; readonly current: HostToHints };
  readonly problemsTree: {
    getChildren(node?: unknown): readonly unknown[];
    describe(node: unknown): { label: string; description: string; icon: string };
    /** Every problem row the filter shows, as the tree renders it (label, description with its pack). */
    problemItems(): readonly { readonly id: string; readonly label: string; readonly description: string }[];
  };
  /** The problem-pack entries of VS Code's Problems panel, per file (line and column 0-based). */
  readonly packDiagnostics: { of(file: string): readonly { readonly line: number; readonly column: number; readonly message: string }[] };
  readonly attemptsTree: { getChildren(node?: unknown): readonly unknown[]; groups(): readonly { key: string; label: string; attempts: readonly AttemptSummary[] }[] };
  readonly statusBar: { readonly text: string; /** "N due" of the review queue; '' when none is due. */ readonly reviewsText: string };
  readonly progress: { readonly isOpen: boolean };
  /** The Stories view: its items (status, competencies, stories, broken files) with their tree items. */
  readonly storiesTree: { getChildren(node?: unknown): Promise<readonly unknown[]>; getTreeItem(node: unknown): vscode.TreeItem };
  /** The loop panel: what it shows now (timeline, break, debrief or study plan). */
  readonly loopPanel: { readonly isOpen: boolean; readonly current: HostToLoop | undefined; readonly rejectedMessages: number; whenReady(): Promise<void> };
}

/** The running mock loop as scripts see it, and the recorded ones. */
export interface LoopApi {
  /** The running loop's id, phase and timeline at the moment of the call. */
  current(): { id: string; level: string; phase: 'round' | 'break' | 'finished'; index: number; timeline: LoopTimeline } | undefined;
  /** Every recorded loop, newest first. */
  list(): readonly LoopRecord[];
  /**
   * Forgets the running session and loop in memory and restores both from their persisted
   * state, exactly as a window reload does (for scripts that check recovery).
   */
  simulateReload(): Promise<void>;
}

/**
 * What `activate` returns: a read-only window on the extension for scripts of other extensions
 * (and for the integration tests, which reach the extension through this and the commands
 * only). Everything a script changes goes through the commands (ids in `commandIds.ts`); a
 * failed command resolves to `undefined` and `onDidFail` says why.
 */
export interface MlPrepApi {
  readonly apiVersion: 1;
  /** The loaded problem pack, and the problems of it that could not be loaded. */
  readonly catalog: { all(): readonly Problem[]; get(id: string): Problem | undefined; readonly diagnostics: readonly Diagnostic[] };
  /** The recorded attempts; undefined when the history could not be opened. */
  history(): { list(): readonly AttemptSummary[]; summary(id: string): AttemptSummary | undefined } | undefined;
  /** The running session, or undefined. */
  getSessionState(): SessionSnapshot | undefined;
  /** Feeds a message through the same validation and handling as a message of that webview. */
  deliverWebviewMessage(view: 'problem', raw: unknown): Promise<void>;
  /** Fires when a command or a webview action failed, after the user was told. */
  readonly onDidFail: vscode.Event<Failure>;
  readonly views: ViewsApi;
  /** The problem packs: which pack each problem comes from; reload now (as a save of a pack file does). */
  readonly packs: { sourceOf(id: string): PackSource | undefined; reload(): Promise<void> };
  /**
   * The Python interpreter runs use. `useEnvironments` replaces where the Python extension's
   * environments API comes from (for embedding, and for tests that stand in for the Python
   * extension); undefined restores the installed extension's API.
   */
  readonly interpreter: {
    choose(solutionPath?: string): Promise<InterpreterChoice>;
    useEnvironments(source: (() => Promise<PythonEnvironmentsApi | undefined>) | undefined): void;
    /** What the problem panel shows about the running session's interpreter (undefined without a coding session). */
    describeSession(): Promise<InterpreterView | undefined>;
  };
  readonly loops: LoopApi;
  /** Feeds a message through the same validation and handling as a message of the loop panel. */
  deliverLoopMessage(raw: unknown): Promise<void>;
}

export interface ApiSources {
  catalog: Catalog;
  history: () => HistoryStore | undefined;
  session: SessionState;
  runs: RunCoordinator;
  panel: ProblemPanel;
  hints: HintsView;
  problemsTree: ProblemsTree;
  attemptsTree: AttemptsTree;
  storiesTree: StoriesTree;
  statusBar: SessionStatusBar;
  reviewStatusBar?: { readonly text: string };
  progress: ProgressPanel;
  loop: LoopController;
  loopPanel: LoopPanel;
  loops: () => LoopStore | undefined;
  onDidFail: vscode.Event<Failure>;
  packs: PackDiagnostics;
  interpreter: InterpreterSelector;
  interpreterStatus: InterpreterStatus;
}

export function createApi(s: ApiSources): MlPrepApi {
  const { catalog, panel, hints, statusBar, progress } = s;
  return {
    apiVersion: 1,
    catalog: {
      all: () => catalog.all(),
      get: (id) => catalog.get(id),
      get diagnostics() {
        return catalog.diagnostics;
      },
    },
    history: () => {
      const store = s.history();
      return store && { list: () => store.list(), summary: (id) => store.summary(id) };
    },
    getSessionState: () => snapshot(s.session, s.runs),
    // The panel's entry point of webview messages: validation first, then the same handlers.
    deliverWebviewMessage: (_view, raw) => panel.receive(raw),
    onDidFail: s.onDidFail,
    packs: { sourceOf: (id) => catalog.source(id), reload: () => s.packs.reload() },
    interpreter: {
      choose: (p) => s.interpreter.choose(p),
      useEnvironments: (source) => s.interpreter.useEnvironments(source),
      describeSession: async () => {
        const record = s.session.current;
        const problem = record ? catalog.get(record.problemId) : undefined;
        return record && problem?.kind === 'coding' ? (await s.interpreterStatus.describe(problem, record.solutionPath)).view : undefined;
      },
    },
    views: {
      problemPanel: {
        get isOpen() {
          return panel.isOpen;
        },
        get rejectedMessages() {
          return panel.rejectedMessages;
        },
        whenReady: () => panel.whenReady(),
        close: () => panel.close(),
      },
      hints: {
        get isVisible() {
          return hints.isVisible;
        },
        get current() {
          return hints.current;
        },
      },
      problemsTree: {
        getChildren: (node?: unknown) => s.problemsTree.getChildren(node as Parameters<ProblemsTree['getChildren']>[0]),
        describe: (node: unknown) => {
          const item = s.problemsTree.getTreeItem(node as Parameters<ProblemsTree['getTreeItem']>[0]);
          const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
          const icon = item.iconPath && typeof item.iconPath === 'object' && 'id' in item.iconPath ? String(item.iconPath.id) : '';
          return { label, description: typeof item.description === 'string' ? item.description : '', icon };
        },
        problemItems: () => s.problemsTree.problemItems(),
      },
      packDiagnostics: {
        of: (file) => s.packs.diagnosticsOf(file).map((d) => ({ line: d.range.start.line, column: d.range.start.character, message: d.message })),
      },
      attemptsTree: { getChildren: (node?: unknown) => s.attemptsTree.getChildren(node as Parameters<AttemptsTree['getChildren']>[0]), groups: () => s.attemptsTree.groups() },
      storiesTree: { getChildren: (node) => s.storiesTree.getChildren(node as never), getTreeItem: (node) => s.storiesTree.getTreeItem(node as never) },
      statusBar: {
        get text() {
          return statusBar.text;
        },
        get reviewsText() {
          return s.reviewStatusBar?.text ?? '';
        },
      },
      progress: {
        get isOpen() {
          return progress.isOpen;
        },
      },
      loopPanel: {
        get isOpen() {
          return s.loopPanel.isOpen;
        },
        get current() {
          return s.loopPanel.current;
        },
        get rejectedMessages() {
          return s.loopPanel.rejectedMessages;
        },
        whenReady: () => s.loopPanel.whenReady(),
      },
    },
    loops: {
      current: () => {
        const state = s.loop.current;
        const timeline = s.loop.timeline();
        return state?.status === 'running' && timeline ? { id: state.id, level: state.level, phase: state.phase, index: state.index, timeline } : undefined;
      },
      list: () => s.loops()?.list() ?? [],
      simulateReload: async () => {
        s.loop.detach();
        s.session.detach();
        await s.session.restore();
        await s.loop.restore();
      },
    },
    deliverLoopMessage: (raw) => s.loopPanel.receive(raw),
  };
}

function snapshot(session: SessionState, runs: RunCoordinator): SessionSnapshot | undefined {
  const r = session.current;
  if (!r) return undefined;
  const running = runs.running;
  const opened = session.openTimings;
  return {
    problemId: r.problemId,
    language: r.language,
    solutionPath: r.solutionPath,
    interviewMode: r.interviewMode,
    ...(r.attemptId ? { attemptId: r.attemptId } : {}),
    ...(r.loop ? { loopId: r.loop.id } : {}),
    ...(r.stages ? { stages: { round: r.stages.round, index: r.stages.index, ids: r.stages.stages.map((x) => x.id) } } : {}),
    timer: { status: r.timer.status, remainingMs: session.remainingMs() ?? 0, budgetMs: r.timer.budgetMs },
    hints: r.hints.map((h) => ({ level: h.level, penaltyMs: h.penaltyMs })),
    ...(running ? { running } : {}),
    ...(opened ? { opened: { ...opened } } : {}),
  };
}
