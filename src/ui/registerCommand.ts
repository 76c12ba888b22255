import * as vscode from 'vscode';
import type { Logger } from './logger';
import type { CommandId } from './commandIds';

/** A user-facing failure: its message is shown as is, without a stack in the log. */
export class UserError extends Error {}

/**
 * Registers a command whose failures reach the user (an error notification with a way to the
 * log) instead of disappearing in the extension host. Returns the handler's result to callers
 * of `executeCommand` (scripts and tests rely on it).
 */
export function registerFailableCommand(
  log: Logger,
  id: CommandId,
  handler: (...args: unknown[]) => unknown,
): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await handler(...args);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (err instanceof UserError) log.warn(`${id}: ${message}`);
      else log.error(`${id} failed`, err);
      void vscode.window.showErrorMessage(`ML Interview Prep: ${message}`, 'Show Log').then((choice) => {
        if (choice === 'Show Log') log.show();
      });
      if (process.env.MLPREP_TEST_MODE === '1') throw err;
      return undefined;
    }
  });
}
