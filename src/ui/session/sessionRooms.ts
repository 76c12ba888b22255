import type * as vscode from 'vscode';
import type { Judge } from '../../core/judge/judge';
import { PracticeFiles } from '../../core/session/practiceFiles';
import type { AttemptRecorder } from '../attemptRecorder';
import type { Catalog } from '../catalog';
import type { FileState } from '../fileState';
import type { HintsView } from '../hintsView';
import { InterviewMode } from '../interviewMode';
import type { Logger } from '../logger';
import type { ProblemPanel } from '../problemPanel';
import type { Settings } from '../settings';
import type { SessionStatusBar } from '../statusBar';
import { StoryBank } from '../stories/storyBank';
import { CustomCases } from './customCases';
import { DiscussionRound } from './discussionRound';
import { HintLadder } from './hintLadder';
import { HintsPresenter } from './hintsPresenter';
import { InterpreterStatus } from './interpreterStatus';
import { ProblemPresenter } from './problemPresenter';
import { RunCoordinator, type InterpreterSource } from './runCoordinator';
import { RunDiagnostics } from './runDiagnostics';
import { SessionLauncher } from './sessionLauncher';
import { SessionRun } from './sessionRun';
import { SessionState } from './sessionState';

export interface SessionRoomsDeps {
  catalog: Catalog;
  judge: Judge;
  settings: Settings;
  /** Durable state of the window (the running session, interview mode's saved settings). */
  durable: FileState;
  panel: ProblemPanel;
  hintsView: HintsView;
  statusBar: SessionStatusBar;
  recorder: AttemptRecorder;
  log: Logger;
  /** The interpreter of each run (setting → Python extension → PATH). */
  interpreter: InterpreterSource;
}

/** The session flow's services, built in dependency order (no service refers back to a later one). */
export interface SessionRooms extends vscode.Disposable {
  readonly session: SessionState;
  readonly launcher: SessionLauncher;
  readonly runs: RunCoordinator;
  readonly ladder: HintLadder;
  readonly presenter: ProblemPresenter;
  readonly hints: HintsPresenter;
  readonly customCases: CustomCases;
  readonly interpreterStatus: InterpreterStatus;
  readonly discussion: DiscussionRound;
  readonly stories: StoryBank;
}

export function buildSessionRooms(d: SessionRoomsDeps): SessionRooms {
  const { catalog, settings, recorder, log } = d;
  const practice = new PracticeFiles(() => settings.practiceFolder());
  const customCases = new CustomCases(practice, log);
  const interviewMode = new InterviewMode(d.durable, (m) => log.info(m));
  const session = new SessionState(catalog, d.durable, d.statusBar, interviewMode, recorder, log);
  const interpreterStatus = new InterpreterStatus(d.judge, d.interpreter);
  const presenter = new ProblemPresenter(d.panel, catalog, session, customCases, interpreterStatus);
  const hints = new HintsPresenter(d.hintsView, catalog, session, settings);
  const diagnostics = new RunDiagnostics();
  const stories = new StoryBank(() => settings.practiceFolder(), log);
  // The round checks the answer through the run queue (built just below, called only later).
  const check = { run: (): Promise<unknown> => Promise.resolve(undefined) };
  const discussion = new DiscussionRound({ session, catalog, panel: d.panel, hints, recorder, stories, log, check: () => check.run() });
  const run = new SessionRun({ session, catalog, customCases, presenter, hints, diagnostics, recorder, discussion });
  const runs = new RunCoordinator(d.judge, settings, run, d.interpreter);
  check.run = () => runs.run('submit');
  const ladder = new HintLadder(session, settings, recorder, hints);
  const launcher = new SessionLauncher({ catalog, settings, practice, session, presenter, hints, diagnostics, log });
  // An ending session takes its running and waiting runs with it.
  const cancelOnEnd = session.onWillEnd(() => runs.cancel());
  const disposables: vscode.Disposable[] = [cancelOnEnd, runs, diagnostics, presenter, hints, discussion, stories, session];
  return {
    session,
    launcher,
    runs,
    ladder,
    presenter,
    hints,
    customCases,
    interpreterStatus,
    discussion,
    stories,
    dispose: () => disposables.forEach((x) => x.dispose()),
  };
}
