import type * as vscode from 'vscode';
import type { HistoryStore } from '../core/history/store';
import type { HintLevel, Language, RunKind } from '../core/vocabulary';
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

/**
 * What `activate` returns: a window on the extension for scripts of other extensions (and the
 * integration tests, which reach the extension through this and the commands only). Everything
 * a script changes goes through the commands (`src/ui/commandIds.ts`); this API reads state.
 * A failed command resolves to `undefined`; `onDidFail` says why.
 */
export interface MlPrepApi {
  readonly apiVersion: 1;
  /** The loaded problem pack and the problems of it that could not be loaded. */
  readonly catalog: Pick<Catalog, 'all' | 'get' | 'diagnostics'>;
  /** The attempt history; undefined when it could not be opened. */
  history(): HistoryStore | undefined;
  /** The running session, or undefined. */
  getSessionState(): SessionSnapshot | undefined;
  /** Feeds a message through the same validation and handling as a message of that webview. */
  deliverWebviewMessage(view: 'problem', raw: unknown): void;
  /** Fires when a command or a webview action failed, after the user was told. */
  readonly onDidFail: vscode.Event<Failure>;
  /** What the user sees. */
  readonly views: {
    readonly problemPanel: Pick<ProblemPanel, 'isOpen' | 'whenReady' | 'close' | 'rejectedMessages'>;
    readonly hints: Pick<HintsView, 'isVisible' | 'current'>;
    readonly problemsTree: Pick<ProblemsTree, 'getChildren' | 'visibleProblems'>;
    readonly attemptsTree: Pick<AttemptsTree, 'getChildren' | 'groups'>;
    readonly statusBar: Pick<SessionStatusBar, 'text'>;
    readonly progress: Pick<ProgressPanel, 'isOpen'>;
  };
}

export interface ApiSources {
  catalog: Catalog;
  history: () => HistoryStore | undefined;
  session: SessionState;
  runs: RunCoordinator;
  panel: ProblemPanel;
  onDidFail: vscode.Event<Failure>;
  views: MlPrepApi['views'];
}

export function createApi(s: ApiSources): MlPrepApi {
  return {
    apiVersion: 1,
    catalog: s.catalog,
    history: s.history,
    getSessionState: () => {
      const r = s.session.current;
      if (!r) return undefined;
      const running = s.runs.running;
      const opened = s.session.openTimings;
      return {
        problemId: r.problemId,
        language: r.language,
        solutionPath: r.solutionPath,
        interviewMode: r.interviewMode,
        ...(r.attemptId ? { attemptId: r.attemptId } : {}),
        timer: { status: r.timer.status, remainingMs: s.session.remainingMs() ?? 0, budgetMs: r.timer.budgetMs },
        hints: r.hints.map((h) => ({ level: h.level, penaltyMs: h.penaltyMs })),
        ...(running ? { running } : {}),
        ...(opened ? { opened: { ...opened } } : {}),
      };
    },
    deliverWebviewMessage: (_view, raw) => s.panel.receiveForTest(raw),
    onDidFail: s.onDidFail,
    views: s.views,
  };
}
