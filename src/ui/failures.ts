import * as vscode from 'vscode';
import type { HostToPanel } from '../protocol';
import type { Logger } from './logger';

/** A failure the user can act on: its message is shown as is, and the log gets no stack. */
export class UserError extends Error {}

/** A failure as scripts see it through the API (`onDidFail`), after the user was told. */
export interface Failure {
  /** The command id or panel action that failed. */
  readonly source: string;
  readonly message: string;
  /** False for a bug or an environment problem (logged with its stack). */
  readonly expected: boolean;
}

/**
 * The one failure policy of every user action (command, panel button, hints view, progress
 * dashboard): the log gets a line (with the stack when the failure was not expected), the user
 * an error notification with a way to the log, and the problem panel, when it is open, a notice.
 */
export class FailureReporter implements vscode.Disposable {
  private readonly failed = new vscode.EventEmitter<Failure>();
  readonly onDidFail = this.failed.event;

  constructor(
    private readonly log: Logger,
    private readonly panel: { post(message: HostToPanel): void },
  ) {}

  report(source: string, err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    const expected = err instanceof UserError;
    if (expected) this.log.warn(`${source}: ${message}`);
    else this.log.error(`${source} failed`, err);
    this.panel.post({ type: 'notice', level: 'error', text: message });
    showFailure(this.log, message);
    this.failed.fire({ source, message, expected });
  }

  /** Runs an action under the policy: a failure is reported and the action resolves to undefined. */
  async guard<T>(source: string, action: () => T | Promise<T>): Promise<T | undefined> {
    try {
      return await action();
    } catch (err) {
      this.report(source, err);
      return undefined;
    }
  }

  dispose(): void {
    this.failed.dispose();
  }
}

/** Failures whose notification is on screen: the same one is not stacked twice. */
const onScreen = new Set<string>();

/** The user-visible half of the policy: an error notification with a way to the log. */
export function showFailure(log: Logger, message: string): void {
  if (onScreen.has(message)) return;
  onScreen.add(message);
  void Promise.resolve(vscode.window.showErrorMessage(`ML Interview Prep: ${message}`, 'Show Log')).then(
    (choice) => {
      onScreen.delete(message);
      if (choice === 'Show Log') log.show();
    },
    () => onScreen.delete(message),
  );
}
