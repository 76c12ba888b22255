import type * as vscode from 'vscode';
import type { AttemptSummary } from '../core/history/model';
import type { HistoryStore } from '../core/history/store';
import type { Diagnostic } from '../core/problems/loader';
import type { Problem } from '../core/problems/schema';
import type { HintLevel, Language, RunKind } from '../core/vocabulary';
import type { HostToHints } from '../protocol';
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

/** The running session as scripts see it: a copy taken when asked, times in ms. */
export interface SessionSnapshot {
  readonly problemId: string;
  readonly language: Language;
  readonly solutionPath: string;
  readonly interviewMode: boolean;
  /** The attempt in the history, once the session has run. */
  readonly attemptId?: string;
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
  readonly problemsTree: { getChildren(node?: unknown): readonly unknown[]; describe(node: unknown): { label: string; description: string; icon: string } };
  readonly attemptsTree: { getChildren(): readonly unknown[]; groups(): readonly { key: string; label: string; attempts: readonly AttemptSummary[] }[] };
  readonly statusBar: { readonly text: string; /** "N due" of the review queue; '' when none is due. */ readonly reviewsText: string };
  readonly progress: { readonly isOpen: boolean };
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
  statusBar: SessionStatusBar;
  reviewStatusBar?: { readonly text: string };
  progress: ProgressPanel;
  onDidFail: vscode.Event<Failure>;
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
      },
      attemptsTree: { getChildren: () => s.attemptsTree.getChildren(), groups: () => s.attemptsTree.groups() },
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
    },
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
    timer: { status: r.timer.status, remainingMs: session.remainingMs() ?? 0, budgetMs: r.timer.budgetMs },
    hints: r.hints.map((h) => ({ level: h.level, penaltyMs: h.penaltyMs })),
    ...(running ? { running } : {}),
    ...(opened ? { opened: { ...opened } } : {}),
  };
}
