import * as vscode from 'vscode';
import type { CommandId } from './commandIds';
import type { FailureReporter } from './failures';

/** A command body: arguments as VS Code passes them, result for callers of `executeCommand`. */
export type CommandHandler = (...args: unknown[]) => unknown;

/** Command bodies by id, as the command factories (`src/ui/commands/`) build them. */
export type CommandTable = Partial<Record<CommandId, CommandHandler>>;

/**
 * Registers a command whose failures go through the failure policy instead of disappearing in
 * the extension host. On success the handler's result goes to callers of `executeCommand`
 * (scripts rely on it). A failed command resolves to `undefined` and does not reject: VS Code
 * would otherwise tell the user a second time (a modal dialog from the palette, a toast from a
 * key binding). Scripts learn why through the API's `onDidFail`.
 */
export function registerFailableCommand(failures: FailureReporter, id: CommandId, handler: CommandHandler): vscode.Disposable {
  return vscode.commands.registerCommand(id, (...args: unknown[]) => failures.guard(id, () => handler(...args)));
}

export function registerCommands(failures: FailureReporter, table: CommandTable): vscode.Disposable[] {
  return Object.entries(table).map(([id, handler]) => registerFailableCommand(failures, id as CommandId, handler));
}
