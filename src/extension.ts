/**
 * Composition root: builds every service once, wires them together, registers commands, views
 * and panels, and pushes every disposable into the extension context.
 */
import * as vscode from 'vscode';
import * as path from 'node:path';
import { Judge } from './core/judge/judge';
import type { HintsToHost, LoopToHost, PanelToHost } from './protocol';
import { createApi, type MlPrepApi } from './ui/api';
import { AttemptRecorder } from './ui/attemptRecorder';
import { AttemptsTree } from './ui/attemptsTree';
import { Catalog } from './ui/catalog';
import { attemptCommands, registerSnapshotProvider } from './ui/commands/attemptCommands';
import type { CommandContext } from './ui/commands/context';
import { problemCommands, reportPackProblems, startInRound } from './ui/commands/problemCommands';
import { packCommands } from './ui/commands/packCommands';
import { notebookCommands } from './ui/commands/notebookCommands';
import { sessionCommands } from './ui/commands/sessionCommands';
import { storyCommands } from './ui/commands/storyCommands';
import { openWalkthroughOnce, walkthroughCommands } from './ui/commands/walkthroughCommands';
import { hintsActions, panelActions } from './ui/commands/webviewActions';
import { FailureReporter } from './ui/failures';
import { FileState } from './ui/fileState';
import { HINTS_VIEW_ID, HintsView } from './ui/hintsView';
import { DerivedHistory, openHistory, openReview, watchHistory } from './ui/historyState';
import { Logger } from './ui/logger';
import { PROBLEM_PANEL_VIEW_TYPE, ProblemPanel } from './ui/problemPanel';
import { PackDiagnostics, currentPackSources } from './ui/packDiagnostics';
import { ProblemsTree } from './ui/problemsTree';
import { InterpreterSelector } from './ui/pythonInterpreter';
import { PROGRESS_PANEL_VIEW_TYPE, ProgressPanel, reviewQueueView } from './ui/progressPanel';
import { registerCommands } from './ui/registerCommand';
import { buildSessionRooms } from './ui/session/sessionRooms';
import { workspaceSettings } from './ui/settings';
import { ReviewStatusBar, SessionStatusBar } from './ui/statusBar';
import { STORIES_VIEW_ID, StoriesTree } from './ui/stories/storiesTree';
import { CardSessions } from './ui/session/cardSession';
import { LoopStore } from './core/history/loopStore';
import { loopCommands, loopPanelActions } from './ui/commands/loopCommands';
import { LOOP_PANEL_VIEW_TYPE, LoopPanel } from './ui/loopPanel';
import { LoopController } from './ui/session/loopController';
import { StudyPlans } from './ui/studyPlans';

export type { MlPrepApi } from './ui/api';

let judgeForDeactivate: Judge | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<MlPrepApi> {
  const subscriptions = context.subscriptions;
  const log = new Logger();
  subscriptions.push(log);
  const extensionDir = context.extensionUri.fsPath;
  const storage = context.globalStorageUri.fsPath;

  const settings = workspaceSettings(extensionDir, log);
  subscriptions.push(settings);
  const catalog = new Catalog(path.join(extensionDir, 'problems'), () => currentPackSources(path.join(extensionDir, 'problems'), settings));
  await catalog.load();
  reportPackProblems(catalog, log);
  const packs = new PackDiagnostics(catalog, log);
  const interpreter = new InterpreterSelector(settings, log);
  subscriptions.push(packs, interpreter);
  // Judge: every running process tree is killed on deactivate and on dispose.
  const judge = new Judge({ harnessDir: path.join(extensionDir, 'media', 'harness'), dataCacheDir: path.join(context.globalStorageUri.fsPath, 'datasets'), warmInterpreter: () => settings.warmInterpreter(), log: (m) => log.info(`judge: ${m}`) });
  judgeForDeactivate = judge;
  const historyRoot = path.join(storage, 'history');
  const store = await openHistory(historyRoot, log);
  const history = (): typeof store => store;
  subscriptions.push({ dispose: () => judge.dispose() }, { dispose: () => void store?.close() });
  const review = await openReview(historyRoot, store, log);
  const derived = new DerivedHistory(history, () => review);

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
  const problemsView = vscode.window.createTreeView('mlprep.problems', { treeDataProvider: problemsTree, showCollapseAll: true });
  problemsTree.attach(problemsView);
  const attemptsTree = new AttemptsTree(history, context.globalState);
  const attemptsView = vscode.window.createTreeView('mlprep.attempts', { treeDataProvider: attemptsTree, showCollapseAll: true });
  const practise = (round: string): Promise<void> => failures.guard('practise', () => startInRound({ catalog, derived, launcher: rooms.launcher }, round)).then(() => undefined);
  const storiesTree = new StoriesTree(rooms.stories);
  const storiesView = vscode.window.createTreeView(STORIES_VIEW_ID, { treeDataProvider: storiesTree, showCollapseAll: true });
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
    ...[panelInbox, hintsInbox, failures, statusBar, panel, hintsView, rooms, problemsTree, problemsView, attemptsTree, attemptsView, storiesTree, storiesView, progress, cards, reviewStatus, loop, loopInbox, loopPanel],
    loopInbox.event((m) => void failures.guard(`loop panel: ${m.type}`, () => onLoopMessage(m))),
    vscode.window.registerWebviewPanelSerializer(LOOP_PANEL_VIEW_TYPE, { deserializeWebviewPanel: async (p) => loopPanel.adopt(p) }),
    loop.onDidChange(() => [attemptsTree, progress].forEach((view) => view.refresh())),
    panelInbox.event((m) => void failures.guard(`problem panel: ${m.type}`, () => onPanelMessage(m))),
    hintsInbox.event((m) => void failures.guard(`hints view: ${m.type}`, () => onHintsMessage(m))),
    ...registerCommands(failures, commands),
    registerSnapshotProvider(history),
    vscode.window.registerWebviewViewProvider(HINTS_VIEW_ID, hintsView, { webviewOptions: { retainContextWhenHidden: true } }),
    vscode.window.registerWebviewPanelSerializer(PROBLEM_PANEL_VIEW_TYPE, { deserializeWebviewPanel: (p) => rooms.presenter.revive(p) }),
    vscode.window.registerWebviewPanelSerializer(PROGRESS_PANEL_VIEW_TYPE, { deserializeWebviewPanel: async (p) => progress.adopt(p) }),
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
  void openWalkthroughOnce(context).catch((err: unknown) => log.error('the walkthrough could not be opened', err));
  // …and the mock loop it was a round of (or the break between two rounds).
  await loop.restore().catch((err: unknown) => log.error('restoring the mock loop', err));
  if (vscode.workspace.isTrusted === false) log.info('Restricted Mode: running solutions is disabled until the workspace is trusted.');

  return createApi({ catalog, history, session: rooms.session, runs: rooms.runs, panel, hints: hintsView, problemsTree, attemptsTree, storiesTree, statusBar, reviewStatusBar: reviewStatus, progress, loop, loopPanel, loops, onDidFail: failures.onDidFail, packs, interpreter, interpreterStatus: rooms.interpreterStatus });
}

export function deactivate(): void {
  judgeForDeactivate?.dispose();
}
