import * as vscode from 'vscode';
import type { HintsToHost, PanelToHost } from '../../protocol';
import { Commands } from '../commandIds';
import type { CommandHandler, CommandTable } from '../registerCommand';
import type { CommandContext } from './context';

/** The body of a command of the table (the panel's buttons run exactly what the palette runs). */
function command(table: CommandTable, id: keyof typeof Commands): CommandHandler {
  const handler = table[Commands[id]];
  if (!handler) throw new Error(`no handler for ${Commands[id]}`);
  return handler;
}

/**
 * What the problem panel's messages do. Buttons that have a command run that command's body
 * (Run is `mlprep.runTests`, Submit `mlprep.submit`, …); the panel's own actions (language,
 * custom cases, cancel) are here. Failures are the caller's (the failure policy).
 */
export function panelActions(ctx: CommandContext, table: CommandTable): (m: PanelToHost) => Promise<unknown> {
  const run = command(table, 'runTests');
  const submit = command(table, 'submit');
  const pauseResume = command(table, 'pauseResume');
  const showHints = command(table, 'showHints');
  const explainInterpreter = command(table, 'explainInterpreter');
  return async (m) => {
    switch (m.type) {
      case 'ready':
        if (!ctx.session.current) return undefined;
        await ctx.presenter.sendSession();
        return ctx.discussion.repost();
      case 'nextPhase':
        return command(table, 'nextPhase')();
      case 'selfScore':
        return ctx.discussion.selfScore(m.id, m.score);
      case 'openNuance':
        return ctx.discussion.openNuance(m.id);
      case 'openStory':
        return ctx.discussion.openStory(m.index);
      case 'newStory':
        return command(table, 'newStory')();
      case 'run':
        return run();
      case 'submit':
        return submit();
      case 'cancel':
        return ctx.runs.cancel();
      case 'pause':
        return ctx.session.current?.timer.status === 'running' ? pauseResume() : undefined;
      case 'resume':
        return ctx.session.current?.timer.status === 'paused' ? pauseResume() : undefined;
      case 'showHints':
        return showHints();
      case 'openSolution': {
        const record = ctx.session.current;
        // A card's scratch note opens beside the card; a solution in the first column.
        const column = record && ctx.catalog.get(record.problemId)?.kind === 'concept' ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
        return record ? vscode.window.showTextDocument(vscode.Uri.file(record.solutionPath), { viewColumn: column }) : undefined;
      }
      case 'setLanguage':
        return ctx.launcher.switchLanguage(m.language, ctx.runs.sessionBusy);
      case 'addCustomCase': {
        const { problem } = ctx.session.requireProblem();
        return ctx.presenter.showCustomCases(await ctx.customCases.add(problem, { name: m.name, args: m.args, expected: m.expected }));
      }
      case 'explainInterpreter':
        return explainInterpreter();
      case 'revealAnswer':
        return ctx.cards.revealed();
      case 'askQuestion':
        return ctx.presenter.askQuestion(m.id);
      case 'showStatement':
        return ctx.presenter.openFullStatement();
      case 'gradeCard':
        return ctx.cards.grade(m.grade, m.ticked);
      case 'openRelated':
        return vscode.commands.executeCommand(Commands.openStatement, m.id);
      case 'removeCustomCase': {
        const { problem } = ctx.session.requireProblem();
        const cases = await ctx.customCases.remove(problem, m.index);
        return cases ? ctx.presenter.showCustomCases(cases) : undefined;
      }
    }
  };
}

/** What the Hints view's messages do: a reveal button runs `mlprep.revealHint` (with its confirm dialog). */
export function hintsActions(table: CommandTable): (m: HintsToHost) => Promise<unknown> {
  const revealHint = command(table, 'revealHint');
  return async (m) => (m.type === 'revealHint' ? revealHint(m.level) : undefined);
}
