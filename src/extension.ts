/**
 * Composition root: builds every service once, wires them together, registers commands, views
 * and panels, and pushes every disposable into the extension context.
 */
import * as vscode from 'vscode';
import * as os from 'node:os';
import * as path from 'node:path';
import { Judge } from './core/judge/judge';
import { HistoryStore } from './core/history/store';
import { problemStatus, problemStatuses, weakestRound as weakestOf } from './core/history/stats';
import { pickRandom } from './core/problems/catalogue';
import { dueReviews } from './core/history/review';
import { trustedSettingValue } from './core/session/trust';
import { PROBLEM_FILES, type Language } from './core/vocabulary';
import { AttemptRecorder } from './ui/attemptRecorder';
import { AttemptsTree } from './ui/attemptsTree';
import { Catalog } from './ui/catalog';
import { Commands } from './ui/commandIds';
import { FileState } from './ui/fileState';
import { registerAttemptCommands } from './ui/attemptCommands';
import { HintsView, HINTS_VIEW_ID } from './ui/hintsView';
import { InterviewMode } from './ui/interviewMode';
import { Logger } from './ui/logger';
import { PROBLEM_PANEL_VIEW_TYPE, ProblemPanel } from './ui/problemPanel';
import { editFilter, pickProblem } from './ui/problemPicker';
import { ProblemsTree } from './ui/problemsTree';
import { ProgressPanel, PROGRESS_PANEL_VIEW_TYPE } from './ui/progressPanel';
import { UserError, registerFailableCommand } from './ui/registerCommand';
import { SessionController, type SessionSettings } from './ui/sessionController';
import { SessionStatusBar } from './ui/statusBar';

/** What activate() returns: used by the integration tests and by other extensions' scripts. */
export interface MlPrepApi {
  readonly catalog: Catalog;
  readonly sessions: SessionController;
  readonly panel: ProblemPanel;
  readonly hints: HintsView;
  readonly problemsTree: ProblemsTree;
  readonly attemptsTree: AttemptsTree;
  readonly statusBar: SessionStatusBar;
  readonly progress: ProgressPanel;
  history(): HistoryStore | undefined;
}

let judgeForDeactivate: Judge | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<MlPrepApi> {
  const log = new Logger();
  context.subscriptions.push(log);
  const extensionDir = context.extensionUri.fsPath;

  // Problems
  const catalog = new Catalog(path.join(extensionDir, 'problems'));
  await catalog.load();
  reportPackProblems(catalog, log);

  // Judge: every running process tree is killed on deactivate and on dispose.
  const judge = new Judge({ harnessDir: path.join(extensionDir, 'media', 'harness'), log: (m) => log.info(`judge: ${m}`) });
  judgeForDeactivate = judge;
  context.subscriptions.push({ dispose: () => judge.dispose() });

  // History
  let store: HistoryStore | undefined;
  const historyRoot = path.join(context.globalStorageUri.fsPath, 'history');
  try {
    store = await HistoryStore.open(historyRoot);
    if (store.issues.length) {
      for (const issue of store.issues) log.warn(`history: ${JSON.stringify(issue)}`);
      void vscode.window.showWarningMessage(`ML Interview Prep: ${store.issues.length} history file(s) could not be read and were set aside; all other attempts are loaded.`, 'Show Log').then((c) => {
        if (c === 'Show Log') log.show();
      });
    }
  } catch (err) {
    log.error('history could not be opened', err);
    void vscode.window.showErrorMessage(`ML Interview Prep: the attempt history could not be opened (${err instanceof Error ? err.message : String(err)}). Sessions still work; attempts are not recorded.`);
  }
  context.subscriptions.push({ dispose: () => void store?.close() });
  const history = (): HistoryStore | undefined => store;

  let statuses = problemStatuses(store?.list() ?? []);
  let due: string[] = [];
  const refreshDerived = (): void => {
    const list = store?.list() ?? [];
    statuses = problemStatuses(list);
    due = dueReviews(list, new Date()).map((d) => d.problemId);
  };
  refreshDerived();
  const status = (id: string): 'solved' | 'attempted' | 'new' => problemStatus(statuses, id);
  const weakestRound = (): string | undefined => {
    const list = store?.list() ?? [];
    if (!list.length) return undefined;
    return weakestOf(list)?.round;
  };

  // Settings
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('mlprep');
  const settings: SessionSettings = {
    practiceFolder: () => practiceFolderSetting(config(), extensionDir, log),
    pythonPath: () => {
      // In Restricted Mode only the user-level value counts (BATTERY row 25).
      const value = trustedSettingValue(vscode.workspace.isTrusted, config().inspect<string>('pythonPath'));
      return value && value.trim() ? value.trim() : undefined;
    },
    defaultLanguage: () => config().get<Language>('defaultLanguage', 'python'),
    fixedMinutes: () => config().get<number | null>('timer.minutes', null),
    minutesByDifficulty: () => config().get<Partial<Record<'easy' | 'medium' | 'hard', number>>>('timer.minutesByDifficulty', {}),
    hintPenaltyMinutes: () => Math.max(0, config().get<number>('hints.penaltyMinutes', 2)),
    interviewModeDefault: () => config().get<boolean>('interviewMode', true),
    timeLimitScale: () => config().get<number>('judge.timeLimitScale', 1),
  };

  // Views and panels
  const durable = new FileState(path.join(context.globalStorageUri.fsPath, 'state'));
  const statusBar = new SessionStatusBar();
  const interviewMode = new InterviewMode(durable, (m) => log.info(m));
  // The panel and the view hand their messages to the controller, which needs them: a forward reference.
  const controllerRef: { current?: SessionController } = {};
  const panel = new ProblemPanel(context.extensionUri, log, (m) => controllerRef.current?.onPanelMessage(m));
  const hints = new HintsView(context.extensionUri, log, (m) => controllerRef.current?.onHintsMessage(m));
  const recorder = new AttemptRecorder(history, (id) => catalog.get(id), (message, err) => log.error(message, err));
  const sessions = new SessionController(catalog, judge, durable, settings, panel, hints, statusBar, interviewMode, recorder, log);
  controllerRef.current = sessions;

  const problemsTree = new ProblemsTree(() => catalog.all(), status, () => due);
  const problemsView = vscode.window.createTreeView('mlprep.problems', { treeDataProvider: problemsTree, showCollapseAll: true });
  problemsTree.attach(problemsView);
  const attemptsTree = new AttemptsTree(history, context.globalState);
  const attemptsView = vscode.window.createTreeView('mlprep.attempts', { treeDataProvider: attemptsTree, showCollapseAll: true });
  const progress = new ProgressPanel(context.extensionUri, log, history, (round) => startInRound(round));

  context.subscriptions.push(
    statusBar,
    panel,
    hints,
    sessions,
    problemsTree,
    problemsView,
    attemptsTree,
    attemptsView,
    progress,
    vscode.window.registerWebviewViewProvider(HINTS_VIEW_ID, hints, { webviewOptions: { retainContextWhenHidden: true } }),
    vscode.window.registerWebviewPanelSerializer(PROBLEM_PANEL_VIEW_TYPE, { deserializeWebviewPanel: (p) => sessions.revive(p) }),
    vscode.window.registerWebviewPanelSerializer(PROGRESS_PANEL_VIEW_TYPE, { deserializeWebviewPanel: async (p) => progress.adopt(p) }),
  );

  const onHistoryChanged = (): void => {
    refreshDerived();
    problemsTree.refresh();
    attemptsTree.refresh();
    progress.refresh();
  };
  if (store) {
    const unsubscribe = store.onDidChange(onHistoryChanged);
    context.subscriptions.push({ dispose: unsubscribe });
    // Another window records attempts into the same store: pick them up.
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(historyRoot), 'attempts/*.json'));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reload = (): void => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void store?.reload(), 500);
    };
    context.subscriptions.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
  }
  context.subscriptions.push(sessions.onDidChange(() => problemsTree.refresh()));

  const startInRound = async (round: string): Promise<void> => {
    const pool = catalog.all().filter((p) => p.round === round);
    const fresh = pool.filter((p) => status(p.id) !== 'solved');
    const from = fresh.length ? fresh : pool;
    const pick = pickRandom(from);
    if (!pick) throw new UserError(`There is no problem in the round "${round}".`);
    await sessions.start(pick.id);
  };

  // Commands
  const reg = (id: Parameters<typeof registerFailableCommand>[1], fn: (...args: unknown[]) => unknown): void => {
    context.subscriptions.push(registerFailableCommand(log, id, fn));
  };
  const pickerContext = (): Parameters<typeof pickProblem>[0] => ({ problems: catalog.all(), status, weakestRound, reviewDue: () => due, filter: problemsTree.getFilter() });

  reg(Commands.startSession, async (arg?: unknown) => {
    const id = typeof arg === 'string' ? arg : problemIdFromTreeNode(arg);
    const chosen = id ?? (await pickProblem(pickerContext()));
    if (!chosen) return undefined;
    const record = await sessions.start(chosen);
    return { problemId: record.problemId, solutionPath: record.solutionPath };
  });
  reg(Commands.runTests, () => sessions.run('run'));
  reg(Commands.submit, () => sessions.run('submit'));
  reg(Commands.showHints, () => sessions.showHints());
  reg(Commands.startDesignRound, async (arg?: unknown) => {
    const id = typeof arg === 'string' ? arg : await pickProblem(pickerContext(), ['design']);
    if (!id) return undefined;
    const problem = catalog.get(id);
    if (!problem || problem.kind !== 'design') throw new UserError(`"${id}" is not an ML system design prompt.`);
    const record = await sessions.start(id);
    return { problemId: record.problemId, solutionPath: record.solutionPath };
  });
  reg(Commands.startMockLoop, () => {
    void vscode.window
      .showInformationMessage(
        'Mock interview loops (a coding, a concepts, a design and a behavioral round back to back, with one report) are coming in a later version. Until then, practise the rounds one by one with "Start Timed Session" and "Start ML System Design Round".',
        'Start Timed Session',
      )
      .then((c) => (c ? vscode.commands.executeCommand(Commands.startSession) : undefined));
    return 'not-yet-available';
  });
  reg(Commands.showProgress, () => progress.show());
  reg(Commands.pauseResume, () => sessions.togglePause());
  reg(Commands.stopSession, () => sessions.end('stopped'));
  reg(Commands.toggleInterviewMode, async () => {
    const on = await sessions.toggleInterviewMode();
    void vscode.window.showInformationMessage(on ? 'Interview mode is on: completion aids are off for this session.' : 'Interview mode is off for this session; your previous settings are back.');
    return on;
  });
  reg(Commands.revealHint, (level?: unknown, confirmed?: unknown) =>
    sessions.revealHint(level === 'concept' || level === 'approach' || level === 'pitfall' ? level : undefined, confirmed === true),
  );
  reg(Commands.sessionMenu, async () => {
    const s = sessions.session;
    if (!s) return vscode.commands.executeCommand(Commands.startSession);
    const paused = s.timer.status === 'paused';
    const choice = await vscode.window.showQuickPick(
      [
        { label: paused ? '$(debug-continue) Resume timer' : '$(debug-pause) Pause timer', id: 'pause' },
        { label: '$(debug-stop) Stop session', id: 'stop' },
        { label: '$(preview) Show problem panel', id: 'panel' },
        { label: '$(lightbulb) Show hints', id: 'hints' },
        { label: s.interviewMode ? '$(eye) Turn interview mode off' : '$(eye-closed) Turn interview mode on', id: 'interview' },
      ],
      { title: 'ML Prep session' },
    );
    if (choice?.id === 'pause') await sessions.togglePause();
    else if (choice?.id === 'stop') await sessions.end('stopped');
    else if (choice?.id === 'panel') await sessions.showPanel();
    else if (choice?.id === 'hints') await sessions.showHints();
    else if (choice?.id === 'interview') await vscode.commands.executeCommand(Commands.toggleInterviewMode);
    return undefined;
  });

  // Problems tree
  reg(Commands.filterProblems, async (filter?: unknown) => {
    if (filter && typeof filter === 'object') {
      problemsTree.setFilter(filter as Parameters<ProblemsTree['setFilter']>[0]);
      return problemsTree.visibleProblems().map((p) => p.id);
    }
    const next = await editFilter(catalog.all(), problemsTree.getFilter());
    if (next) problemsTree.setFilter(next);
    return problemsTree.visibleProblems().map((p) => p.id);
  });
  reg(Commands.clearProblemFilter, () => problemsTree.setFilter({}));
  reg(Commands.startRandom, async () => {
    const pool = problemsTree.visibleProblems().filter((p) => status(p.id) !== 'solved');
    const pick = pickRandom(pool);
    if (!pick) throw new UserError('Every problem that matches the filter is solved. Clear the filter or pick one to review.');
    await sessions.start(pick.id);
  });
  reg(Commands.startWeakest, async () => {
    const round = weakestRound();
    if (!round) throw new UserError('Record a few attempts first: the weakest round is computed from your history.');
    await startInRound(round);
  });
  reg(Commands.openStatement, async (arg?: unknown) => {
    const id = typeof arg === 'string' ? arg : problemIdFromTreeNode(arg);
    const problem = id ? catalog.get(id) : undefined;
    if (!problem) throw new UserError('Choose a problem in the Problems view.');
    await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.file(path.join(problem.dir, PROBLEM_FILES.statement)));
  });
  reg(Commands.revealProblemFolder, async (arg?: unknown) => {
    const id = typeof arg === 'string' ? arg : problemIdFromTreeNode(arg);
    const problem = id ? catalog.get(id) : undefined;
    if (!problem) throw new UserError('Choose a problem in the Problems view.');
    const folder = path.join(settings.practiceFolder(), problem.id);
    await vscode.workspace.fs.createDirectory(vscode.Uri.file(folder));
    await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(folder));
  });
  reg(Commands.refreshProblems, async () => {
    await catalog.load();
    reportPackProblems(catalog, log);
    problemsTree.refresh();
  });

  context.subscriptions.push(registerAttemptCommands({ reg, history, catalog, judge, attemptsTree, settings, log }));

  // Restore a session that was running before a reload (or undo interview mode after a crash).
  await sessions.restore();
  if (vscode.workspace.isTrusted === false) log.info('Restricted Mode: running solutions is disabled until the workspace is trusted.');
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void sessions.showPanel().catch(() => undefined)));

  return { catalog, sessions, panel, hints, problemsTree, attemptsTree, statusBar, progress, history };
}

export function deactivate(): void {
  judgeForDeactivate?.dispose();
}

function reportPackProblems(catalog: Catalog, log: Logger): void {
  if (!catalog.diagnostics.length) return;
  for (const d of catalog.diagnostics) log.warn(`problem pack: ${d.file}${d.path ? ` (${d.path})` : ''}: ${d.message}`);
  void vscode.window.showWarningMessage(`ML Interview Prep: ${catalog.diagnostics.length} problem(s) of the pack could not be loaded; the others are available.`, 'Show Log').then((c) => {
    if (c === 'Show Log') log.show();
  });
}

function practiceFolderSetting(config: vscode.WorkspaceConfiguration, extensionDir: string, log: Logger): string {
  const fallback = path.join(os.homedir(), 'ml-interview-prep');
  const raw = trustedSettingValue(vscode.workspace.isTrusted, config.inspect<string>('practiceFolder'))?.trim();
  if (!raw) return fallback;
  const resolved = path.resolve(raw.startsWith('~') ? path.join(os.homedir(), raw.slice(1)) : raw);
  const rel = path.relative(extensionDir, resolved);
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) {
    log.warn(`mlprep.practiceFolder points inside the extension (${resolved}); using ${fallback}`);
    return fallback;
  }
  return resolved;
}

function problemIdFromTreeNode(arg: unknown): string | undefined {
  if (arg && typeof arg === 'object' && 'problem' in arg) {
    const p = (arg as { problem?: { id?: unknown } }).problem;
    if (p && typeof p.id === 'string') return p.id;
  }
  return undefined;
}
