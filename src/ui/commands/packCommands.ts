import * as vscode from 'vscode';
import * as os from 'node:os';
import * as path from 'node:path';
import { Judge } from '../../core/judge/judge';
import { loadPack, validatePack, type Diagnostic } from '../../core/problems/loader';
import { checkPackRuns, type PackRunReport } from '../../core/problems/packRun';
import { describeSource, type PackSource } from '../../core/problems/packs';
import { checkNewId, writeScaffold, type ScaffoldAnswers } from '../../core/problems/scaffold';
import { CODING_ROUNDS, DIFFICULTIES, PROBLEM_FILES, WORKSPACE_PACK_FOLDER, roundTitle, type CodingRound, type Difficulty, type PackLanguage } from '../../core/vocabulary';
import { Commands } from '../commandIds';
import { UserError } from '../failures';
import type { PackDiagnostics } from '../packDiagnostics';
import { PYTHON_EXTENSION_ID } from '../pythonInterpreter';
import type { CommandTable } from '../registerCommand';
import { explainInterpreter } from '../session/interpreterStatus';
import type { CommandContext } from './context';

/** What the pack commands need beyond the common context. */
export interface PackCommandDeps {
  packs: PackDiagnostics;
  /** Folder of the judge's harness files (a pack check runs its own judge). */
  harnessDir: string;
}

/** What `mlprep.validatePack` resolves to (for scripts). */
export interface PackCheckSummary {
  dir: string;
  diagnostics: Diagnostic[];
  runs: PackRunReport;
}

const CHOOSE_FOLDER = 'Choose a Folder…';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The packs a user may write to: their own, then a workspace pack to create. */
async function pickPackFolder(ctx: CommandContext, purpose: string, allowNew: boolean): Promise<string | undefined> {
  const own = ctx.catalog.packs().filter((s) => s.origin !== 'bundled');
  const items: (vscode.QuickPickItem & { dir?: string })[] = own.map((s: PackSource) => ({ label: s.label, description: s.dir, detail: describeSource(s), dir: s.dir }));
  if (allowNew && vscode.workspace.isTrusted) {
    for (const f of vscode.workspace.workspaceFolders ?? []) {
      const dir = path.join(f.uri.fsPath, WORKSPACE_PACK_FOLDER);
      if (!own.some((s) => s.dir === dir)) items.push({ label: `${f.name} (workspace)`, description: dir, detail: 'Create this workspace’s pack', dir });
    }
  }
  items.push({ label: CHOOSE_FOLDER, detail: allowNew ? 'A folder for a new pack; it is added to mlprep.problemPacks' : 'Any folder that holds a pack' });
  const picked = await vscode.window.showQuickPick(items, { title: purpose, placeHolder: 'Which problem pack?', ignoreFocusOut: true });
  if (!picked) return undefined;
  if (picked.dir) return picked.dir;
  const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Use as Pack', title: purpose });
  const dir = chosen?.[0]?.fsPath;
  if (dir && allowNew) await addToSetting(ctx, dir);
  return dir;
}

async function addToSetting(ctx: CommandContext, dir: string): Promise<void> {
  const current = ctx.settings.problemPacks();
  if (current.some((d) => path.resolve(d.replace(/^~(?=$|[\\/])/, os.homedir())) === path.resolve(dir))) return;
  await vscode.workspace.getConfiguration('mlprep').update('problemPacks', [...current, dir], vscode.ConfigurationTarget.Global);
}

/** The scaffold's answers from a script's argument, or from a few questions. */
async function askAnswers(dir: string): Promise<ScaffoldAnswers | undefined> {
  const id = await vscode.window.showInputBox({
    title: 'New Problem (1/5): id',
    prompt: 'Folder name and id: 2–64 characters of a-z, 0-9 and "-"',
    placeHolder: 'e.g. weighted-median',
    ignoreFocusOut: true,
    validateInput: (v) => checkNewId(dir, v.trim()),
  });
  if (!id) return undefined;
  const title = await vscode.window.showInputBox({ title: 'New Problem (2/5): title', placeHolder: 'e.g. Weighted median', ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : 'A title is needed.') });
  if (!title) return undefined;
  const round = await vscode.window.showQuickPick(
    CODING_ROUNDS.map((r) => ({ label: roundTitle(r), round: r })),
    { title: 'New Problem (3/5): round', ignoreFocusOut: true },
  );
  if (!round) return undefined;
  const difficulty = await vscode.window.showQuickPick([...DIFFICULTIES], { title: 'New Problem (4/5): difficulty', ignoreFocusOut: true });
  if (!difficulty) return undefined;
  const languages = await vscode.window.showQuickPick(
    [
      { label: 'Python', languages: ['python'] as PackLanguage[] },
      { label: 'Python and TypeScript', description: 'JavaScript is offered too', languages: ['python', 'typescript'] as PackLanguage[] },
    ],
    { title: 'New Problem (5/5): languages', ignoreFocusOut: true },
  );
  if (!languages) return undefined;
  return { id: id.trim(), title: title.trim(), round: round.round, difficulty: difficulty as Difficulty, languages: languages.languages };
}

function answersFromArg(arg: Record<string, unknown>): ScaffoldAnswers {
  const { id, title, round, difficulty, languages } = arg;
  if (typeof id !== 'string' || typeof title !== 'string' || !title.trim()) throw new UserError('New Problem: give an id and a title.');
  if (!(CODING_ROUNDS as readonly unknown[]).includes(round)) throw new UserError(`New Problem: round must be one of ${CODING_ROUNDS.join(', ')}.`);
  if (!(DIFFICULTIES as readonly unknown[]).includes(difficulty)) throw new UserError(`New Problem: difficulty must be one of ${DIFFICULTIES.join(', ')}.`);
  const langs = Array.isArray(languages) && languages.includes('typescript') ? (['python', 'typescript'] as PackLanguage[]) : (['python'] as PackLanguage[]);
  return { id, title, round: round as CodingRound, difficulty: difficulty as Difficulty, languages: langs };
}

/** New Problem, Validate Problem Pack, and the interpreter explanation. */
export function packCommands(ctx: CommandContext, deps: PackCommandDeps): CommandTable {
  return {
    [Commands.newProblem]: async (arg?: unknown) => {
      const scripted = isRecord(arg) && typeof arg.packDir === 'string' ? arg : undefined;
      const dir = scripted ? path.resolve(scripted.packDir as string) : await pickPackFolder(ctx, 'New Problem: where?', true);
      if (!dir) return undefined;
      const answers = scripted ? answersFromArg(scripted) : await askAnswers(dir);
      if (!answers) return undefined;
      let folder: string;
      try {
        folder = await writeScaffold(dir, answers);
      } catch (err) {
        throw new UserError(`The problem could not be created: ${err instanceof Error ? err.message : String(err)}`);
      }
      await deps.packs.reload();
      ctx.problemsTree.refresh();
      if (!ctx.catalog.packs().some((s) => s.dir === dir)) {
        void vscode.window.showWarningMessage(`The problem was created in ${dir}, which is not one of your packs: add the folder to mlprep.problemPacks to see it in the Problems view.`);
      }
      if (!scripted) {
        await vscode.window.showTextDocument(vscode.Uri.file(path.join(folder, PROBLEM_FILES.statement)), { preview: false });
        await vscode.window.showTextDocument(vscode.Uri.file(path.join(folder, PROBLEM_FILES.manifest)), { preview: false, viewColumn: vscode.ViewColumn.Beside });
      }
      return folder;
    },
    [Commands.validatePack]: async (arg?: unknown) => {
      const dir = typeof arg === 'string' ? path.resolve(arg) : await pickPackFolder(ctx, 'Validate Problem Pack', false);
      if (!dir) return undefined;
      if (!vscode.workspace.isTrusted) throw new UserError('Validating a pack runs its solutions, which is disabled in Restricted Mode. Trust this workspace to validate.');
      const summary = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Validating ${path.basename(dir)}`, cancellable: true },
        async (progress, token): Promise<PackCheckSummary> => {
          progress.report({ message: 'checking the files…' });
          const diagnostics = await validatePack(dir);
          await deps.packs.reload();
          const pack = await loadPack(dir);
          const abort = new AbortController();
          const onCancel = token.onCancellationRequested(() => abort.abort());
          const judge = new Judge({ harnessDir: deps.harnessDir, log: (m) => ctx.log.info(`pack check: ${m}`) });
          let step = 0;
          try {
            const { path: pythonPath } = await ctx.interpreter.choose(undefined);
            const runs = await checkPackRuns(pack.problems, judge, {
              signal: abort.signal,
              ...(pythonPath ? { pythonPath } : {}),
              onProgress: (done, total, label) => {
                const increment = total ? ((done - step) * 100) / total : 0;
                step = done;
                progress.report({ message: `${done + 1}/${total} ${label}`, increment });
              },
            });
            return { dir, diagnostics, runs };
          } finally {
            onCancel.dispose();
            judge.dispose();
          }
        },
      );
      for (const d of summary.diagnostics) ctx.log.warn(`pack ${dir}: ${d.file}${d.path ? ` (${d.path})` : ''}: ${d.message}`);
      for (const c of summary.runs.failures) ctx.log.warn(`pack ${dir}: ${c.problemId} ${c.language} ${c.role}: ${c.message}`);
      const ran = summary.runs.checks.length;
      const bad = summary.runs.failures.length;
      const text =
        `${path.basename(dir)}: ${summary.diagnostics.length ? `${summary.diagnostics.length} file problem(s)` : 'files valid'}; ` +
        `${summary.runs.cancelled ? 'cancelled after ' : ''}${ran} solution run(s)${bad ? `, ${bad} broke their rule (a reference failed or a wrong solution passed)` : ', each reference passed and each wrong solution failed'}.`;
      const ok = summary.diagnostics.length === 0 && bad === 0 && !summary.runs.cancelled;
      const show = ok ? vscode.window.showInformationMessage(text) : vscode.window.showWarningMessage(text, 'Show Problems', 'Show Log');
      void Promise.resolve(show).then((c) => {
        if (c === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
        if (c === 'Show Log') ctx.log.show();
      });
      return summary;
    },
    [Commands.explainInterpreter]: async () => {
      const record = ctx.session.current;
      const problem = record ? ctx.catalog.get(record.problemId) : undefined;
      if (!record || !problem) throw new UserError('Start a session on a coding problem first.');
      const report = await ctx.interpreterStatus.describe(problem, record.solutionPath);
      const pythonExtension = vscode.extensions.getExtension(PYTHON_EXTENSION_ID) !== undefined;
      const { message, detail } = explainInterpreter(report, pythonExtension);
      const actions = [...(pythonExtension ? ['Select Interpreter'] : []), 'Open Setting', ...(report.inspection.ok && report.inspection.missing.length ? ['Copy Install Command'] : [])];
      void vscode.window.showInformationMessage(message, { modal: true, detail }, ...actions).then(async (c) => {
        if (c === 'Select Interpreter') await vscode.commands.executeCommand('python.setInterpreter');
        if (c === 'Open Setting') await vscode.commands.executeCommand('workbench.action.openSettings', 'mlprep.pythonPath');
        if (c === 'Copy Install Command' && report.inspection.ok) await vscode.env.clipboard.writeText(`${report.inspection.python.executable} -m pip install ${report.inspection.missing.join(' ')}`);
      });
      return report.view;
    },
  };
}
