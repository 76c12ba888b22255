import type { LoopStore } from '../../core/history/loopStore';
import type { HistoryStore } from '../../core/history/store';
import type { AttemptsTree } from '../attemptsTree';
import type { Catalog } from '../catalog';
import type { DerivedHistory } from '../historyState';
import type { Logger } from '../logger';
import type { ProblemsTree } from '../problemsTree';
import type { ProgressPanel } from '../progressPanel';
import type { CardSessions } from '../session/cardSession';
import type { CustomCases } from '../session/customCases';
import type { DiscussionRound } from '../session/discussionRound';
import type { HintLadder } from '../session/hintLadder';
import type { HintsPresenter } from '../session/hintsPresenter';
import type { ProblemPresenter } from '../session/problemPresenter';
import type { InterpreterStatus } from '../session/interpreterStatus';
import type { InterpreterSource, RunCoordinator } from '../session/runCoordinator';
import type { SessionLauncher } from '../session/sessionLauncher';
import type { SessionState } from '../session/sessionState';
import type { Settings } from '../settings';
import type { StoryBank } from '../stories/storyBank';

/** The services the command bodies work with (built once by the composition root). */
export interface CommandContext {
  readonly catalog: Catalog;
  readonly settings: Settings;
  readonly log: Logger;
  readonly history: () => HistoryStore | undefined;
  readonly derived: DerivedHistory;
  readonly session: SessionState;
  readonly launcher: SessionLauncher;
  readonly runs: RunCoordinator;
  readonly ladder: HintLadder;
  readonly presenter: ProblemPresenter;
  readonly hints: HintsPresenter;
  readonly customCases: CustomCases;
  readonly discussion: DiscussionRound;
  readonly stories: StoryBank;
  readonly problemsTree: ProblemsTree;
  readonly attemptsTree: AttemptsTree;
  readonly progress: ProgressPanel;
  /** Chooses the interpreter of runs (setting → Python extension → PATH). */
  readonly interpreter: InterpreterSource;
  readonly interpreterStatus: InterpreterStatus;
  readonly cards: CardSessions;
  /** The mock loop records (undefined when the history could not be opened). */
  readonly loops: () => LoopStore | undefined;
}

/** The problem id of a command argument: an id, or a node of the Problems tree. */
export function problemIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg && typeof arg === 'object' && 'problem' in arg) {
    const p = (arg as { problem?: { id?: unknown } }).problem;
    if (p && typeof p.id === 'string') return p.id;
  }
  return undefined;
}
