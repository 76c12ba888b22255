import * as vscode from 'vscode';
import * as path from 'node:path';
import { pickRandom } from '../../core/problems/catalogue';
import type { ProblemFilter } from '../../core/problems/filter';
import { PROBLEM_FILES } from '../../core/vocabulary';
import type { Catalog } from '../catalog';
import { Commands } from '../commandIds';
import type { DerivedHistory } from '../historyState';
import { UserError } from '../failures';
import type { Logger } from '../logger';
import { editFilter } from '../problemPicker';
import type { CommandTable } from '../registerCommand';
import type { SessionLauncher } from '../session/sessionLauncher';
import { problemIdOf, type CommandContext } from './context';

/** Tells the user once that problems of the pack could not be loaded (the log has the details). */
export function reportPackProblems(catalog: Catalog, log: Logger): void {
  if (!catalog.diagnostics.length) return;
  for (const d of catalog.diagnostics) log.warn(`problem pack: ${d.file}${d.path ? ` (${d.path})` : ''}: ${d.message}`);
  // Warnings (a card's link to an unknown problem) are in the log only: nothing failed to load.
  const errors = catalog.diagnostics.filter((d) => d.severity !== 'warning');
  if (!errors.length) return;
  void vscode.window.showWarningMessage(`ML Interview Prep: ${errors.length} problem(s) of the packs could not be loaded; the others are available.`, 'Show Problems', 'Show Log').then((c) => {
    if (c === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
    if (c === 'Show Log') log.show();
  });
}

/** Starts a session on a problem of a round, unsolved ones first (the weakest round, the dashboard's "practise it now"). */
export async function startInRound(ctx: { catalog: Catalog; derived: DerivedHistory; launcher: SessionLauncher }, round: string): Promise<void> {
  const pool = ctx.catalog.all().filter((p) => p.round === round);
  const fresh = pool.filter((p) => ctx.derived.status(p.id) !== 'solved');
  const pick = pickRandom(fresh.length ? fresh : pool);
  if (!pick) throw new UserError(`There is no problem in the round "${round}".`);
  await ctx.launcher.start(pick.id);
}

/** The Problems view's commands: filter, random and weakest picks, statement, folder, reload. */
export function problemCommands(ctx: CommandContext): CommandTable {
  const { catalog, problemsTree } = ctx;
  const problemOf = (arg: unknown): NonNullable<ReturnType<Catalog['get']>> => {
    const id = problemIdOf(arg);
    const problem = id ? catalog.get(id) : undefined;
    if (!problem) throw new UserError('Choose a problem in the Problems view.');
    return problem;
  };
  return {
    [Commands.filterProblems]: async (filter?: unknown) => {
      if (filter && typeof filter === 'object') {
        problemsTree.setFilter(filter as ProblemFilter);
      } else {
        const next = await editFilter(catalog.all(), problemsTree.getFilter());
        if (next) problemsTree.setFilter(next);
      }
      return problemsTree.visibleProblems().map((p) => p.id);
    },
    [Commands.clearProblemFilter]: () => problemsTree.setFilter({}),
    [Commands.startRandom]: async () => {
      const pick = pickRandom(problemsTree.visibleProblems().filter((p) => ctx.derived.status(p.id) !== 'solved'));
      if (!pick) throw new UserError('Every problem that matches the filter is solved. Clear the filter or pick one to review.');
      await ctx.launcher.start(pick.id);
    },
    [Commands.startWeakest]: async () => {
      const round = ctx.derived.weakestRound();
      if (!round) throw new UserError('Record a few attempts first: the weakest round is computed from your history.');
      await startInRound(ctx, round);
    },
    [Commands.openStatement]: async (arg?: unknown) => {
      const problem = problemOf(arg);
      await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.file(path.join(problem.dir, PROBLEM_FILES.statement)));
    },
    [Commands.revealProblemFolder]: async (arg?: unknown) => {
      const folder = path.join(ctx.settings.practiceFolder(), problemOf(arg).id);
      await vscode.workspace.fs.createDirectory(vscode.Uri.file(folder));
      await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(folder));
    },
    [Commands.refreshProblems]: async () => {
      await catalog.load();
      reportPackProblems(catalog, ctx.log);
      problemsTree.refresh();
    },
  };
}
