import * as vscode from 'vscode';
import { isNotebookPath } from '../../core/judge/notebook';
import { Commands } from '../commandIds';
import { UserError } from '../failures';
import type { CommandTable } from '../registerCommand';
import type { CommandContext } from './context';

/** The notebook a command is about: its argument (a URI), else the active notebook editor. */
function notebookOf(arg: unknown): string | undefined {
  if (arg instanceof vscode.Uri) return arg.fsPath;
  const active = vscode.window.activeNotebookEditor?.notebook.uri ?? vscode.window.activeTextEditor?.document.uri;
  return active && isNotebookPath(active.fsPath) ? active.fsPath : undefined;
}

/**
 * "Use Notebook as Solution": the running coding session judges a Jupyter notebook (its code
 * cells, in order) on Run and Submit, in Python. Returns the notebook's path.
 */
export function notebookCommands(ctx: CommandContext): CommandTable {
  return {
    [Commands.useNotebookSolution]: async (arg?: unknown) => {
      const file = notebookOf(arg);
      if (!file || !isNotebookPath(file)) throw new UserError('Open a Jupyter notebook (.ipynb) first, then use it as the solution.');
      const { problem } = ctx.session.requireProblem();
      if (problem.kind !== 'coding' || !problem.languages.python) throw new UserError(`"${problem.title}" has no Python version: a notebook cannot be its solution.`);
      if (ctx.runs.sessionBusy) throw new UserError('Wait for the running tests to finish (or cancel them) before changing the solution file.');
      await ctx.session.update((r) => ({ ...r, language: 'python', solutionPath: file }));
      await ctx.presenter.sendSession();
      void vscode.window.showInformationMessage(`Run and Submit now judge ${vscode.workspace.asRelativePath(file)} (its code cells, in order).`);
      return file;
    },
  };
}
