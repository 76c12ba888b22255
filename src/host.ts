/**
 * Composition root: builds every service once, wires them together and hands the activation
 * entry (`src/extension.ts`) what its forwarders call: the command table, the views' providers,
 * the panels' revivers, the snapshot documents and the API. Every disposable goes into the
 * extension context. Bundled on its own (`dist/host.js`) and loaded on first use.
 */
import * as vscode from 'vscode';
import * as path from 'node:path';
import { Judge } from './core/judge/judge';
import type { HintsToHost, LoopToHost, PanelToHost } from './protocol';
import type { CommandId } from './ui/commandIds';
import { PanelTypes } from './ui/contributionIds';
import type { DeferredTree } from './ui/deferred';
import { createApi, type MlPrepApi } from './ui/api';
import { AttemptRecorder } from './ui/attemptRecorder';
import { AttemptsTree } from './ui/attemptsTree';
import { Catalog } from './ui/catalog';
import { attemptCommands, snapshotContent } from './ui/commands/attemptCommands';
import type { CommandContext } from './ui/commands/context';
import { problemCommands, reportPackProblems, startInRound } from './ui/commands/problemCommands';
import { packCommands } from './ui/commands/packCommands';
import { notebookCommands } from './ui/commands/notebookCommands';
import { sessionCommands } from './ui/commands/sessionCommands';
import { storyCommands } from './ui/commands/storyCommands';
import { walkthroughCommands } from './ui/commands/walkthroughCommands';
import { hintsActions, panelActions } from './ui/commands/webviewActions';
import { FailureReporter } from './ui/failures';
import { FileState } from './ui/fileState';
import { HintsView } from './ui/hintsView';
import { DerivedHistory, openHistory, openReview, watchHistory } from './ui/historyState';
import type { Logger } from './ui/logger';
import { ProblemPanel } from './ui/problemPanel';
import { PackDiagnostics, currentPackSources } from './ui/packDiagnostics';
import { ProblemsTree } from './ui/problemsTree';
import { InterpreterSelector } from './ui/pythonInterpreter';
import { ProgressPanel, reviewQueueView } from './ui/progressPanel';
import { buildSessionRooms } from './ui/session/sessionRooms';
import { workspaceSettings } from './ui/settings';
import { ReviewStatusBar, SessionStatusBar } from './ui/statusBar';
import { StoriesTree } from './ui/stories/storiesTree';
import { CardSessions } from './ui/session/cardSession';
import { LoopStore } from './core/history/loopStore';
import { loopCommands, loopPanelActions } from './ui/commands/loopCommands';
import { LoopPanel } from './ui/loopPanel';
import { LoopController } from './ui/session/loopController';
import { StudyPlans } from './ui/studyPlans';

/** What the activation entry registered before the services existed, for them to take over. */
export interface ShellParts {
  readonly log: Logger;
  readonly trees: Readonly<Record<'problems' | 'attempts' | 'stories', { readonly view: vscode.TreeView<unknown>; readonly provider: DeferredTree<unknown> }>>;
}

/** The built services, as the activation entry's forwarders reach them. */
export interface Host {
  readonly api: MlPrepApi;
  /** Runs a command through the failure policy: a failure is reported and resolves to undefined. */
  run(id: CommandId, args: unknown[]): Promise<unknown>;
  resolveHints(view: vscode.WebviewView): void;
  deserialize(type: (typeof PanelTypes)[keyof typeof PanelTypes], panel: vscode.WebviewPanel, state: unknown): Promise<void>;
  snapshot(uri: vscode.Uri): Promise<string>;
  /** Kills every running process tree of the judge (deactivation). */
  dispose(): void;
  /** How long building the services took, in ms: the catalogue's load and the history's opening. */
  readonly timings: { readonly catalogMs: number; readonly historyMs: number };
}

export async function startHost(context: vscode.ExtensionContext, shell: ShellParts): Promise<Host> {
  const subscriptions = context.subscriptions;
  const log = shell.log;
  const extensionDir = context.extensionUri.fsPath;
  const storage = context.globalStorageUri.fsPath;

  const settings = workspaceSettings(extensionDir, log);
  subscriptions.push(settings);
  const catalog = new Catalog(path.join(extensionDir, 'problems'), () => currentPackSources(path.join(extensionDir, 'problems'), settings));
  let t = performance.now();
  await catalog.load();
  const catalogMs = performance.now() - t;
  reportPackProblems(catalog, log);
  const packs = new PackDiagnostics(catalog, log);
  const interpreter = new InterpreterSelector(settings, log);
  subscriptions.push(packs, interpreter);
  // Judge: every running process tree is killed on deactivate and on dispose.
  const judge = new Judge({ harnessDir: path.join(extensionDir, 'media', 'harness'), dataCacheDir: path.join(context.globalStorageUri.fsPath, 'datasets'), warmInterpreter: () => settings.warmInterpreter(), log: (m) => log.info(`judge: ${m}`) });
  const historyRoot = path.join(storage, 'history');
  t = performance.now();
  const store = await openHistory(historyRoot, log);
  const history = (): typeof store => store;
  subscriptions.push({ dispose: () => judge.dispose() }, { dispose: () => void store?.close() });
  const review = await openReview(historyRoot, store, log);
  const derived = new DerivedHistory(history, () => review);
  const historyMs = performance.now() - t;

  // Webview messages go through inboxes made before the views and their handlers, so that
  // neither needs a reference to the other.
  const panelInbox = new vscode.EventEmitter<PanelToHost>();
  const hintsInbox = new vscode.EventEmitter<HintsToHost>();
  const panel = new ProblemPanel(context.extensionUri, log, (m) => panelInbox.fire(m));
  const hintsView = new HintsView(context.extensionUri, log, (m) => hintsInbox.fire(m));
  const failures = new FailureReporter(log, panel);
  const statusBar = new SessionStatusBar();
  const recorder = new AttemptRecorder(history, (id) => catalog.get(id), (message, err) => log.error(message, err));
  const durable = new FileState(path.join(storage, 'state'));
  const rooms = buildSessionRooms({ catalog, judge, settings, durable, panel, hintsView, statusBar, recorder, log, interpreter });

  const problemsTree = new ProblemsTree(() => catalog.all(), (id) => derived.status(id), () => derived.reviewDue(), (id) => catalog.source(id), (id) => derived.reviewOf(id));
  problemsTree.attach(shell.trees.problems.view as vscode.TreeView<never>);
  const attemptsTree = new AttemptsTree(history, context.globalState);
  const practise = (round: string): Promise<void> => failures.guard('practise', () => startInRound({ catalog, derived, launcher: rooms.launcher }, round)).then(() => undefined);
  const storiesTree = new StoriesTree(rooms.stories);
  const progress = new ProgressPanel(context.extensionUri, log, history, practise, () => reviewQueueView(derived, catalog));

  // Mock loops drive sessions; their records live next to the attempts.
  const loopStore = store ? await LoopStore.open(historyRoot).catch((err: unknown) => void log.error('mock loop records could not be opened', err)) : undefined;
  const loops = (): LoopStore | undefined => loopStore ?? undefined;
  attemptsTree.setLoops(loops);
  progress.setLoops(loops);
  const cards = new CardSessions({ ...rooms, catalog, recorder, reviewQueue: () => derived.reviewQueue(), log });
  const dueCards = (): string[] => derived.reviewQueue().filter((e) => Date.parse(e.dueAt) <= Date.now()).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt)).map((e) => e.problemId);
  const loop = new LoopController({ catalog, settings, session: rooms.session, launcher: rooms.launcher, runs: rooms.runs, history, loops, durable, log, cards, dueCards });
  const loopInbox = new vscode.EventEmitter<LoopToHost>();
  const loopPanel = new LoopPanel(context.extensionUri, log, catalog, statusBar, async (m) => loopInbox.fire(m));
  loop.addView(loopPanel);
  const loopCtx = { catalog, settings, loop, loopPanel, plans: new StudyPlans(catalog, history, loops, derived, settings, durable), launcher: rooms.launcher };

  const reviewStatus = new ReviewStatusBar(() => derived.dueItems().length);

  const ctx: CommandContext = { ...rooms, catalog, settings, log, history, derived, problemsTree, attemptsTree, progress, interpreter, cards, loops };
  const harnessDir = path.join(extensionDir, 'media', 'harness');
  const commands = { ...sessionCommands(ctx), ...problemCommands(ctx), ...attemptCommands(ctx), ...packCommands(ctx, { packs, harnessDir }), ...storyCommands(ctx), ...notebookCommands(ctx), ...walkthroughCommands(context.extension.id), ...loopCommands(loopCtx) };
  const onLoopMessage = loopPanelActions(loopCtx, commands);
  const onPanelMessage = panelActions(ctx, commands);
  const onHintsMessage = hintsActions(commands);
  subscriptions.push(
    ...[panelInbox, hintsInbox, failures, statusBar, panel, hintsView, rooms, problemsTree, attemptsTree, storiesTree, progress, cards, reviewStatus, loop, loopInbox, loopPanel],
    loopInbox.event((m) => void failures.guard(`loop panel: ${m.type}`, () => onLoopMessage(m))),
    loop.onDidChange(() => [attemptsTree, progress].forEach((view) => view.refresh())),
    panelInbox.event((m) => void failures.guard(`problem panel: ${m.type}`, () => onPanelMessage(m))),
    hintsInbox.event((m) => void failures.guard(`hints view: ${m.type}`, () => onHintsMessage(m))),
    rooms.session.onDidChange(() => problemsTree.refresh()),
    packs.onDidReload(() => problemsTree.refresh()),
    interpreter.onDidChange(() => void rooms.presenter.postInterpreter().catch(() => undefined)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void rooms.presenter.showPanel().catch(() => undefined)),
  );
  const onHistoryChanged = (): void => [derived, problemsTree, attemptsTree, progress, reviewStatus].forEach((view) => view.refresh());
  if (store) subscriptions.push(watchHistory(store, historyRoot, onHistoryChanged));

  // Restore a session that was running before a reload (or undo interview mode after a crash).
  if (await rooms.session.restore()) rooms.hints.push();
  void packs.publish().catch((err: unknown) => log.error('showing the problem packs\' diagnostics failed', err));
  // …and the mock loop it was a round of (or the break between two rounds).
  await loop.restore().catch((err: unknown) => log.error('restoring the mock loop', err));
  if (vscode.workspace.isTrusted === false) log.info('Restricted Mode: running solutions is disabled until the workspace is trusted.');


  // The views the activation entry registered now show the real rows.
  shell.trees.problems.provider.attach(problemsTree as vscode.TreeDataProvider<unknown>);
  shell.trees.attempts.provider.attach(attemptsTree as vscode.TreeDataProvider<unknown>);
  shell.trees.stories.provider.attach(storiesTree as vscode.TreeDataProvider<unknown>);
  const revive: Record<Parameters<Host['deserialize']>[0], (p: vscode.WebviewPanel) => Promise<void> | void> = {
    [PanelTypes.problem]: (p) => rooms.presenter.revive(p),
    [PanelTypes.progress]: (p) => progress.adopt(p),
    [PanelTypes.loop]: (p) => loopPanel.adopt(p),
  };
  const snapshot = snapshotContent(history);
  const api = createApi({ catalog, history, session: rooms.session, runs: rooms.runs, panel, hints: hintsView, problemsTree, attemptsTree, storiesTree, statusBar, reviewStatusBar: reviewStatus, progress, loop, loopPanel, loops, onDidFail: failures.onDidFail, packs, interpreter, interpreterStatus: rooms.interpreterStatus });
  return {
    api,
    run: (id, args) => failures.guard(id, () => {
      const handler = commands[id];
      if (!handler) throw new Error(`the command ${id} has no handler`);
      return handler(...args);
    }),
    resolveHints: (view) => hintsView.resolveWebviewView(view),
    deserialize: async (type, p) => revive[type](p),
    snapshot,
    dispose: () => judge.dispose(),
    timings: { catalogMs, historyMs },
  };
}
